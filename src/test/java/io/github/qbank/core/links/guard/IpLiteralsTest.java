package io.github.qbank.core.links.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How numeric hosts are read, and which addresses are private. */
class IpLiteralsTest {

    private static List<String> readings(String host) {
        return IpLiterals.readings(host).stream().map(InetAddress::getHostAddress).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "2130706433, 127.0.0.1",
        "0x7f000001, 127.0.0.1",
        "0x7F.0.0.1, 127.0.0.1",
        "0x7f.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "127.0.1, 127.0.0.1",
        "127.0.0.1., 127.0.0.1",
        "0, 0.0.0.0",
        "0x, 0.0.0.0",
        "::1, 0:0:0:0:0:0:0:1",
        "[::1], 0:0:0:0:0:0:0:1",
        "::ffff:7f00:1, 127.0.0.1",
        "8.8.8.8, 8.8.8.8"})
    void everySpellingOfAnAddressIsRead(String host, String address) {
        assertEquals(List.of(address), readings(host));
    }

    @Test
    void aLeadingZeroIsReadBothWays() {
        assertEquals(List.of("127.0.0.1", "177.0.0.1"), readings("0177.0.0.1"));
        assertEquals(List.of("127.0.0.1", "177.0.0.1"), readings("0177.1"));
        assertEquals(List.of("87.0.0.1", "127.0.0.1"), readings("0127.0.0.1"));
        assertEquals(List.of("9.1.1.1"), readings("09.1.1.1"), "9 is no octal digit");
        assertEquals(List.of("1.0.0.0"), readings("1.0x"), "0x alone is 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4.5", "256.0.0.1", "1.2.3.256", "4294967296", "example.123", "0x1g.1",
        "fe80::1%eth0"})
    void numericHostsThatAreNoAddressAreInvalid(String host) {
        assertTrue(IpLiterals.numeric(host) || host.contains("%"), host);
        assertEquals(List.of(), IpLiterals.readings(host), host);
    }

    @Test
    void namesAreNotNumeric() {
        for (String name : List.of("example.com", "localhost", "0x7f.example", "1.2.3.com", "a1", "0xg", "xn--80ak6aa92e.com")) {
            assertFalse(IpLiterals.numeric(name), name);
            assertFalse(IpLiterals.invalid(name), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "100.100.100.200", "0.0.0.0", "0.1.2.3", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::",
        "::1", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::127.0.0.1", "64:ff9b::a00:1", "2002:c0a8:101::1",
        "fec0::1"})
    void privateAddresses(String literal) throws Exception {
        assertTrue(AddressPolicy.isPrivate(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "64:ff9b::808:808",
        "2002:808:808::1", "191.255.255.255", "192.0.1.255", "192.0.3.0", "198.17.255.255", "198.20.0.0",
        "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0", "2001:db7:ffff:ffff:ffff:ffff:ffff:ffff",
        "2001:db9::", "2001:4860:4860::8888"})
    void publicAddresses(String literal) throws Exception {
        assertFalse(AddressPolicy.isPrivate(InetAddress.getByName(literal)), literal);
    }

    /**
     * The reserved ranges a runner may hold an address in (a CI runner on 192.0.2.2), first and
     * last address, IPv4-mapped and the other IPv6 spellings: IETF protocol assignments
     * 192.0.0/24, the documentation ranges TEST-NET-1, -2, -3 and 2001:db8::/32, benchmarking
     * 198.18/15.
     */
    @ParameterizedTest
    @ValueSource(strings = {"192.0.0.0", "192.0.0.255", "::ffff:192.0.0.0", "::ffff:192.0.0.255",
        "192.0.2.0", "192.0.2.255", "::ffff:192.0.2.0", "::ffff:192.0.2.255", "::192.0.2.2", "64:ff9b::c000:202",
        "2002:c000:202::1",
        "198.51.100.0", "198.51.100.255", "::ffff:198.51.100.0", "::ffff:198.51.100.255", "2002:c633:6401::1",
        "203.0.113.0", "203.0.113.255", "::ffff:203.0.113.0", "::ffff:203.0.113.255", "64:ff9b::cb00:71ff",
        "2001:db8::", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff", "2002:c000:202::", "2001:db8::2",
        "198.18.0.0", "198.19.255.255", "::ffff:198.18.0.0", "::ffff:198.19.255.255"})
    void reservedRangesArePrivate(String literal) throws Exception {
        assertTrue(AddressPolicy.isPrivate(InetAddress.getByName(literal)), literal);
    }

    @Test
    void reservedRangesArePrivateInEveryNumericSpelling() {
        for (String host : List.of("3221225986", "0xc0000202", "0300.0.02.02", "192.0.514", "192.514",
                "3325256704", "3405804031", "3221225472")) {
            assertTrue(IpLiterals.readings(host).stream().anyMatch(AddressPolicy::isPrivate), host);
        }
    }

    /**
     * An IPv6 object holding an IPv4-mapped address, as a resolver may hand one back: Java's
     * parser makes these IPv4, {@code Inet6Address.getByAddress} does not.
     */
    @Test
    void anIpv4MappedAddressHeldAsIpv6IsJudgedAsItsIpv4Address() throws Exception {
        assertTrue(AddressPolicy.isPrivate(mapped(127, 0, 0, 1)));
        assertTrue(AddressPolicy.isPrivate(mapped(192, 0, 2, 2)));
        assertTrue(AddressPolicy.isPrivate(mapped(10, 1, 2, 3)));
        assertFalse(AddressPolicy.isPrivate(mapped(8, 8, 8, 8)));
    }

    private static InetAddress mapped(int a, int b, int c, int d) throws Exception {
        byte[] bytes = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) a, (byte) b, (byte) c, (byte) d};
        InetAddress address = Inet6Address.getByAddress(null, bytes, -1);
        assertInstanceOf(Inet6Address.class, address);
        return address;
    }

    /**
     * The machine's own addresses are refused in every spelling of an address, whatever the
     * ranges say: here the ranges refuse nothing, so only the own addresses are refused. Nothing
     * is connected to.
     */
    @Test
    void theMachinesOwnAddressesAreRefusedInEverySpelling() throws Exception {
        List<InetAddress> own = List.of(InetAddress.getByName("192.0.2.2"), InetAddress.getByName("fe80::fc:ff:fe00:1%1"),
                InetAddress.getByName("fd00::2"));
        Predicate<InetAddress> refused = AddressPolicy.withOwnAddresses(a -> false, own);
        for (String literal : List.of("192.0.2.2", "::ffff:192.0.2.2", "::192.0.2.2", "64:ff9b::c000:202",
                "2002:c000:202::", "2002:c000:202:1::5", "fe80::fc:ff:fe00:1", "fe80:0:0:0:fc:ff:fe00:1", "fd00::2",
                "FD00:0:0:0:0:0:0:2")) {
            assertTrue(refused.test(InetAddress.getByName(literal)), literal);
        }
        assertTrue(refused.test(mapped(192, 0, 2, 2)), "IPv4-mapped, held as IPv6");
        assertTrue(refused.test(InetAddress.getByAddress("runner.example", new byte[] {(byte) 192, 0, 2, 2})),
                "an answer of a resolver, with its name");
        for (String host : List.of("3221225986", "0xc0000202", "0300.0.02.02", "192.0.514")) {
            assertTrue(IpLiterals.readings(host).stream().anyMatch(refused), host);
        }
        for (String literal : List.of("192.0.2.1", "192.0.2.3", "::ffff:192.0.2.3", "fe80::fc:ff:fe00:2", "fd00::3",
                "2002:c000:203::")) {
            assertFalse(refused.test(InetAddress.getByName(literal)), literal);
        }
    }

    @Test
    void withoutOwnAddressesTheRangesDecide() throws Exception {
        Predicate<InetAddress> ranges = a -> a.getHostAddress().equals("8.8.8.8");
        assertSame(ranges, AddressPolicy.withOwnAddresses(ranges, List.of()));
        Predicate<InetAddress> refused = AddressPolicy.withOwnAddresses(ranges, List.of(InetAddress.getByName("1.1.1.1")));
        assertTrue(refused.test(InetAddress.getByName("8.8.8.8")));
        assertTrue(refused.test(InetAddress.getByName("1.1.1.1")));
        assertFalse(refused.test(InetAddress.getByName("127.0.0.1")), "the ranges are the caller's");
    }

    /** Every address of every interface, IPv4 and IPv6; read, never connected to. */
    @Test
    void theOwnAddressesAreEveryAddressOfEveryInterface() throws Exception {
        Set<InetAddress> expected = new HashSet<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            expected.addAll(Collections.list(ni.getInetAddresses()));
        }
        List<InetAddress> read = OwnAddresses.interfaces().read();
        assertTrue(read.containsAll(expected), read + " lacks some of " + expected);
    }
}
