package io.github.qbank.core.links.guard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which addresses a link check may not reach unless {@code qbank.links.allowPrivate} is set: a
 * pull request must not make CI probe its own network. Loopback, unspecified ({@code 0.0.0.0},
 * {@code ::}), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the
 * cloud metadata address, fe80::/10), carrier-grade NAT (100.64/10, Alibaba's metadata address),
 * "this network" (0/8), IETF protocol assignments (192.0.0/24), documentation (192.0.2/24,
 * 198.51.100/24, 203.0.113/24, 2001:db8::/32), benchmarking (198.18/15), reserved (240/4 and
 * broadcast), multicast, and the same IPv4 addresses inside IPv6 (IPv4-mapped
 * {@code ::ffff:127.0.0.1}, which Java mostly reads as IPv4 already, IPv4-compatible
 * {@code ::127.0.0.1}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}).
 *
 * <p>On top of these ranges, a check refuses the addresses of the machine's own network interfaces
 * ({@link #withOwnAddresses}): a runner with a public address must not request its own services.
 * Its own addresses count in the same spellings: {@code 192.0.2.2} is also
 * {@code ::ffff:192.0.2.2}, {@code ::192.0.2.2}, {@code 64:ff9b::c000:202} and
 * {@code 2002:c000:202::}.
 */
public final class AddressPolicy {

    private AddressPolicy() {}

    /**
     * Whether an address is in one of the private ranges of this class.
     * @param a an address
     * @return {@code true} if a link check may not reach it unless private addresses are allowed
     */
    public static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return true; // fc00::/7 unique local
            }
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == (byte) 0xB8) {
                return true; // 2001:db8::/32 documentation
            }
            InetAddress ipv4 = embeddedIpv4(b);
            return ipv4 != null && isPrivate(ipv4);
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        int third = b[2] & 0xFF;
        return first == 0 // "this network"
                || first >= 240 // reserved and broadcast
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 169 && second == 254) // link-local
                || (first == 192 && second == 0 && (third == 0 || third == 2)) // protocol assignments, TEST-NET-1
                || (first == 198 && second == 51 && third == 100) // TEST-NET-2
                || (first == 203 && second == 0 && third == 113) // TEST-NET-3
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
    }

    /**
     * The private ranges and the machine's own addresses, in every spelling of this class.
     * @param ranges       which addresses are private by range: {@link #isPrivate}, or a test's choice
     * @param ownAddresses the addresses of the machine's own network interfaces
     * @return whether a link check may not reach an address
     */
    public static Predicate<InetAddress> withOwnAddresses(Predicate<InetAddress> ranges,
            Collection<InetAddress> ownAddresses) {
        Set<InetAddress> own = ownAddresses.stream().map(AddressPolicy::plain).collect(Collectors.toUnmodifiableSet());
        if (own.isEmpty()) {
            return ranges;
        }
        return a -> ranges.test(a) || isOwn(plain(a), own);
    }

    private static boolean isOwn(InetAddress a, Set<InetAddress> own) {
        if (own.contains(a)) {
            return true;
        }
        InetAddress ipv4 = a instanceof Inet6Address ? embeddedIpv4(a.getAddress()) : null;
        return ipv4 != null && own.contains(ipv4);
    }

    /**
     * The address alone, so that {@code equals} compares addresses: no host name, no IPv6 scope,
     * an IPv4-mapped IPv6 address as IPv4.
     */
    private static InetAddress plain(InetAddress a) {
        try {
            return InetAddress.getByAddress(a.getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // the bytes of an address are always an address
        }
    }

    /**
     * The IPv4 address an IPv6 address carries, or {@code null}: IPv4-mapped ({@code ::ffff:0:0/96},
     * when an {@code Inet6Address} holds one), IPv4-compatible ({@code ::/96}), NAT64
     * ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}).
     */
    private static InetAddress embeddedIpv4(byte[] b) {
        if (zero(b, 0, 12) || (zero(b, 0, 10) && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF)
                || (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && zero(b, 4, 12))) {
            return ipv4(b, 12);
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return ipv4(b, 2);
        }
        return null;
    }

    private static boolean zero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] b, int from) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(b, from, from + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // four bytes are always an address
        }
    }
}
