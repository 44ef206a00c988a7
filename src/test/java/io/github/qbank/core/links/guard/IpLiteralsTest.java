package io.github.qbank.core.links.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;

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
        "2002:808:808::1"})
    void publicAddresses(String literal) throws Exception {
        assertFalse(AddressPolicy.isPrivate(InetAddress.getByName(literal)), literal);
    }
}
