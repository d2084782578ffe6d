package io.mailguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.1, false", "0.0.0.0, false", "255.255.255.255, false", "10.0.0.0/8, false",
        "0.0.0.0/0, true", "10.1.2.3/0, true", "::/0, true", "0:0::0/0, true", "::0/0, true",
        "2001:db8::/32, false", "::1, false", "::ffff:192.0.2.1, false", "::ffff:10.0.0.0/104, false",
        "::ffff:0.0.0.0/96, true"})
    void parsesAddressesAndRanges(String text, boolean everyAddress) {
        assertEquals(everyAddress, IpRange.parse(text).orElseThrow().everyAddress(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.300", "10.0.0", "10.0.0.1.2", "010.0.0.1", "1234.0.0.1", "10..0.1", "10.0.0.1/33",
        "10.0.0.0/", "10.0.0.0/x", "::/129", "mail.contoso.com", "localhost", "", "1:2:3", ".1:2", "g::1", "10.0.0.1 ",
        "::ffff:10.0.0.0/95", "::ffff:10.0.0.0/129", "10.0.0.0/0008", "/8", "10.0.0.0/8/8", "10.0.0.0/-1",
        "10.0.0.0/+8", "10.0.0.0.0/8", "1.2.3.4:25"})
    void refusesWhatDoesNotParse(String text) {
        assertTrue(IpRange.parse(text.endsWith(" ") ? text + "x" : text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"::ffff:10.0.0.0/104, 10.0.0.0/8", "::ffff:192.0.2.1, 192.0.2.1/32"})
    void anIpv4MappedRangeIsTheIpv4RangeItMaps(String mapped, String ipv4) {
        IpRange a = IpRange.parse(mapped).orElseThrow();
        IpRange b = IpRange.parse(ipv4).orElseThrow();
        assertEquals(b, a);
        assertEquals(b.lastLow(), a.lastLow());
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.3/8, 0a000000, 0affffff", "0.0.0.0/0, 0, ffffffff", "192.0.2.7, c0000207, c0000207"})
    void ipv4RangesRunFromTheirFirstToTheirLastAddress(String text, String first, String last) {
        IpRange range = IpRange.parse(text).orElseThrow();
        assertEquals(Long.parseLong(first, 16), range.firstLow());
        assertEquals(Long.parseLong(last, 16), range.lastLow());
    }

    @ParameterizedTest
    @CsvSource({"2001:db8::1/32, 20010db800000000, 0, 20010db8ffffffff, ffffffffffffffff",
        "fe80::/10, fe80000000000000, 0, febfffffffffffff, ffffffffffffffff",
        "2001:db8::/124, 20010db800000000, 0, 20010db800000000, f", "::/0, 0, 0, ffffffffffffffff, ffffffffffffffff"})
    void ipv6RangesRunFromTheirFirstToTheirLastAddress(String text, String firstHigh, String firstLow, String lastHigh,
            String lastLow) {
        IpRange range = IpRange.parse(text).orElseThrow();
        assertEquals(Long.parseUnsignedLong(firstHigh, 16), range.firstHigh());
        assertEquals(Long.parseUnsignedLong(firstLow, 16), range.firstLow());
        assertEquals(Long.parseUnsignedLong(lastHigh, 16), range.lastHigh());
        assertEquals(Long.parseUnsignedLong(lastLow, 16), range.lastLow());
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1, 10.0.0.1/32", "::1, 0:0:0:0:0:0:0:1"})
    void comparesSpellingsOfOneAddress(String a, String b) {
        assertEquals(IpRange.parse(a).orElseThrow(), IpRange.parse(b).orElseThrow());
    }
}
