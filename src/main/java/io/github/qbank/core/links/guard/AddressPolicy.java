package io.github.qbank.core.links.guard;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Which addresses a link check may not reach unless {@code qbank.links.allowPrivate} is set: a
 * pull request must not make CI probe its own network. Loopback, unspecified ({@code 0.0.0.0},
 * {@code ::}), private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the
 * cloud metadata address, fe80::/10), carrier-grade NAT (100.64/10, Alibaba's metadata address),
 * "this network" (0/8), benchmarking (198.18/15), reserved (240/4 and broadcast), multicast, and
 * the same IPv4 addresses inside IPv6 (IPv4-compatible {@code ::127.0.0.1}, NAT64
 * {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}; Java already reads {@code ::ffff:127.0.0.1} as
 * IPv4).
 */
public final class AddressPolicy {

    private AddressPolicy() {}

    /**
     * Whether an address is private in the sense of this class.
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
            if (zero(b, 0, 12) || (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B
                    && zero(b, 4, 12))) {
                return isPrivate(ipv4(b, 12)); // IPv4-compatible, NAT64
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isPrivate(ipv4(b, 2)); // 6to4
            }
            return false;
        }
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        return first == 0 // "this network"
                || first >= 240 // reserved and broadcast
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 169 && second == 254) // link-local
                || (first == 198 && (second == 18 || second == 19)); // benchmarking
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
