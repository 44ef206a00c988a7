package io.github.qbank.core.links.guard;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What address a host written as a number means. Browsers (the WHATWG URL standard), curl and
 * the C library's {@code inet_aton} read far more than four dotted decimals: {@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 0x7f.1} and {@code 127.1} are all 127.0.0.1,
 * with or without a trailing dot. Java reads {@code 0177} as decimal 177 instead, and a proxy may
 * read it either way; so every reading is returned and the caller refuses the host if any of them
 * is private.
 *
 * <p>A host is numeric when it contains {@code :} (IPv6) or its last label is a number (digits,
 * or {@code 0x} and hex digits), as the URL standard decides: {@code example.123} is numeric, and
 * not a valid address.
 */
public final class IpLiterals {

    private IpLiterals() {}

    /** Whether a host (as {@code HttpUrl} gives it: IPv6 without brackets) is written as an address. */
    static boolean numeric(String host) {
        String h = withoutTrailingDot(host);
        if (h.indexOf(':') >= 0) {
            return true;
        }
        String last = h.substring(h.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (last.isEmpty()) {
            return false;
        }
        if (last.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return true;
        }
        return last.startsWith("0x") && last.substring(2).chars().allMatch(c -> digit(c, 16) >= 0);
    }

    /**
     * Every address a numeric host may be read as; empty when it is not numeric or not a valid
     * address in any reading ({@code 1.2.3.4.5}, {@code 256.1.1.1}, {@code example.123}).
     */
    static List<InetAddress> readings(String host) {
        String h = withoutTrailingDot(host);
        List<InetAddress> out = new ArrayList<>();
        if (h.indexOf(':') >= 0) {
            ipv6(h).ifPresent(out::add);
            return out;
        }
        if (!numeric(h)) {
            return out;
        }
        ipv4(h, true).ifPresent(out::add);
        ipv4(h, false).filter(a -> !out.contains(a)).ifPresent(out::add);
        return out;
    }

    /**
     * Whether a host is written as an address that no reading makes valid: a dead link, never requested.
     * @param host a host as {@code HttpUrl} gives it
     * @return {@code true} if it is numeric and no address in any reading
     */
    public static boolean invalid(String host) {
        return numeric(host) && readings(host).isEmpty();
    }

    private static String withoutTrailingDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private static Optional<InetAddress> ipv6(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.chars().allMatch(c -> c == ':' || c == '.' || digit(c, 16) >= 0)) {
            return Optional.empty(); // a zone id or garbage: never handed to the resolver
        }
        try {
            return Optional.of(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /**
     * The IPv4 reading of the URL standard: one to four parts, each decimal, octal ({@code 0}
     * prefix) or hex ({@code 0x}); the last part fills the bytes the others leave. With
     * {@code octal} false a leading 0 is ignored, as Java does.
     */
    private static Optional<InetAddress> ipv4(String host, boolean octal) {
        String[] parts = host.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            BigInteger n = number(parts[i], octal);
            if (n == null || (i < parts.length - 1 && n.compareTo(BigInteger.valueOf(255)) > 0)) {
                return Optional.empty();
            }
            if (i == parts.length - 1 && n.compareTo(BigInteger.valueOf(256).pow(5 - parts.length)) >= 0) {
                return Optional.empty();
            }
            numbers[i] = n.longValue();
        }
        long value = numbers[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            value += numbers[i] << (8 * (3 - i));
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static BigInteger number(String part, boolean octal) {
        String p = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (p.startsWith("0x")) {
            p = p.substring(2);
            radix = 16;
            if (p.isEmpty()) {
                return BigInteger.ZERO;
            }
        } else if (octal && p.length() > 1 && p.startsWith("0")) {
            p = p.substring(1);
            radix = 8;
        }
        if (p.isEmpty()) {
            return null;
        }
        for (int i = 0; i < p.length(); i++) {
            if (digit(p.charAt(i), radix) < 0) {
                return null;
            }
        }
        return new BigInteger(p, radix);
    }

    /** An ASCII digit's value, or -1: {@link Character#digit} would also take full-width digits. */
    private static int digit(int c, int radix) {
        return c < 128 ? Character.digit(c, radix) : -1;
    }
}
