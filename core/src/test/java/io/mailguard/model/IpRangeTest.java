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
        "2001:db8::/32, false", "::1, false", "::ffff:192.0.2.1, false"})
    void parsesAddressesAndRanges(String text, boolean everyAddress) {
        assertEquals(everyAddress, IpRange.parse(text).orElseThrow().everyAddress(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.300", "10.0.0", "10.0.0.1.2", "010.0.0.1", "1234.0.0.1", "10..0.1", "10.0.0.1/33",
        "10.0.0.0/", "10.0.0.0/x", "::/129", "mail.contoso.com", "localhost", "", "1:2:3", ".1:2", "g::1", "10.0.0.1 "})
    void refusesWhatDoesNotParse(String text) {
        assertTrue(IpRange.parse(text.endsWith(" ") ? text + "x" : text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource({"10.0.0.1, 10.0.0.1/32", "::1, 0:0:0:0:0:0:0:1"})
    void comparesSpellingsOfOneAddress(String a, String b) {
        assertEquals(IpRange.parse(a).orElseThrow().canonical(), IpRange.parse(b).orElseThrow().canonical());
    }
}
