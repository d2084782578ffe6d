package io.mailguard.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressRangeTest {

    private static String covered(String entry) {
        IpAddressRange range = IpAddressRange.parse(entry);
        return (range.ipv6() ? "v6 " : "v4 ") + range.first() + " " + range.last();
    }

    private static List<String> blocks(String entry) {
        return IpAddressRange.parse(entry).cidrBlocks().stream().map(Object::toString).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "192.168.1.10|v4 192.168.1.10 192.168.1.10",
            "192.168.1.1-192.168.1.254|v4 192.168.1.1 192.168.1.254",
            "192.168.1.0/24|v4 192.168.1.0 192.168.1.255",
            "192.168.1.77/24|v4 192.168.1.0 192.168.1.255",
            "0.0.0.0-255.255.255.255|v4 0.0.0.0 255.255.255.255",
            "0.0.0.0/0|v4 0.0.0.0 255.255.255.255",
            "10.0.0.5/32|v4 10.0.0.5 10.0.0.5",
            "2001:db8::10|v6 2001:db8::10 2001:db8::10",
            "2001:DB8::/32|v6 2001:db8:: 2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
            "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff|v6 :: ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "::/0|v6 :: ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
            "fe80::1-fe80::ff|v6 fe80::1 fe80::ff",
            "::1|v6 ::1 ::1",
            "1:0:0:2:0:0:0:3|v6 1:0:0:2::3 1:0:0:2::3",
            "::ffff:10.0.0.0/104|v4 10.0.0.0 10.255.255.255",
            "::ffff:10.0.0.1|v4 10.0.0.1 10.0.0.1",
            "::FFFF:0A00:0001|v4 10.0.0.1 10.0.0.1",
            "::ffff:10.0.0.1-10.0.0.9|v4 10.0.0.1 10.0.0.9",
            "::ffff:0.0.0.0/96|v4 0.0.0.0 255.255.255.255",
            "::ffff:0.0.0.0/95|v6 ::fffe:0:0 ::ffff:ffff:ffff",
            "64:ff9b::192.0.2.33|v6 64:ff9b::c000:221 64:ff9b::c000:221",
            "::fffc:0:0-::ffff:ffff:ffff|v6 ::fffc:0:0 ::ffff:ffff:ffff",
            "::ffff:10.0.0.1-::1:0:0:0|v6 ::ffff:a00:1 ::1:0:0:0"})
    void coversWhatExchangeMeans(String entry, String expected) {
        assertEquals(expected, covered(entry));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0", "10.0.0.256", "010.0.0.1", "10.0.0.1/33", "10.0.0.1/", "10.0.0.1/-1",
            "10.0.0.9-10.0.0.1", "10.0.0.1-2001:db8::1", "10.0.0.0/8-10.0.0.9", "2001:db8::/129", "1::2::3",
            "12345::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "fe80::1%eth0", "mail.contoso.com", "::ffff:10.0.0.0/129",
            "10.0.0.1 ", "-10.0.0.1", "10.0.0.1-", "::1.2.3.4:5", "2001:db8::\u0661", "\uff11.0.0.1"})
    void refusesWhatIsNotOneOfTheThreeForms(String entry) {
        assertTrue(IpAddressRange.tryParse(entry).isEmpty(), entry);
        assertThrows(IpAddressRange.InvalidAddressException.class, () -> IpAddressRange.parse(entry));
    }

    @Test
    void saysWhatIsWrong() {
        assertEquals("`10.0.0.300` is not an IPv4 address (in `10.0.0.1-10.0.0.300`); write four numbers from 0 to 255, e.g. 192.168.1.10",
                assertThrows(IllegalArgumentException.class, () -> IpAddressRange.parse("10.0.0.1-10.0.0.300")).getMessage());
        assertEquals("`10.0.0.9-10.0.0.1` ends before it starts; write the lower address first",
                assertThrows(IllegalArgumentException.class, () -> IpAddressRange.parse("10.0.0.9-10.0.0.1")).getMessage());
        assertEquals("`10.0.0.0/40` has the prefix length /40; it must be a number from 0 to 32",
                assertThrows(IllegalArgumentException.class, () -> IpAddressRange.parse("10.0.0.0/40")).getMessage());
    }

    @Test
    void turnsARangeIntoTheFewestCidrBlocks() {
        assertEquals(List.of("0.0.0.0/0"), blocks("0.0.0.0-255.255.255.255"));
        assertEquals(List.of("::/0"), blocks("::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals(List.of("192.168.1.1/32", "192.168.1.2/31", "192.168.1.4/30", "192.168.1.8/29", "192.168.1.16/28",
                "192.168.1.32/27", "192.168.1.64/26", "192.168.1.128/26", "192.168.1.192/27", "192.168.1.224/28",
                "192.168.1.240/29", "192.168.1.248/30", "192.168.1.252/31", "192.168.1.254/32"), blocks("192.168.1.1-192.168.1.254"));
        assertEquals(List.of("10.0.0.0/8"), blocks("::ffff:10.0.0.0/104"));
        assertEquals(List.of("10.0.0.7/32"), blocks("10.0.0.7"));
        assertEquals(List.of("0.0.0.0/1", "128.0.0.0/2"), blocks("0.0.0.0-191.255.255.255"));
        assertEquals(List.of("255.255.255.255/32"), blocks("255.255.255.255"));
        assertEquals(List.of("::/1", "8000::/2"), blocks("::-bfff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"));
        assertEquals(List.of("::ffff:ffff:ffff:ffff/128", "0:0:0:1::/128"), blocks("::ffff:ffff:ffff:ffff-0:0:0:1::"));
        IpAddressRange.CidrBlock block = IpAddressRange.parse("2001:db8::/32").cidrBlocks().get(0);
        assertEquals(new IpAddressRange.CidrBlock(0x2001_0db8_0000_0000L, 0, 16, 32), block);
    }

    /** Random ranges: the blocks are aligned, adjacent, and cover exactly first to last. */
    @Test
    void cidrBlocksCoverExactlyTheRange() {
        Random random = new Random(2026);
        for (int i = 0; i < 2000; i++) {
            long a = random.nextInt() & 0xFFFF_FFFFL;
            long b = random.nextInt() & 0xFFFF_FFFFL;
            long first = Math.min(a, b) >> (i % 3 == 0 ? 0 : random.nextInt(24));
            long last = Math.max(a, b);
            IpAddressRange range = IpAddressRange.parse(v4(first) + "-" + v4(Math.max(first, last)));
            long next = first;
            List<IpAddressRange.CidrBlock> blocks = range.cidrBlocks();
            assertTrue(blocks.size() <= 62, range + " " + blocks);
            for (IpAddressRange.CidrBlock block : blocks) {
                assertEquals(next, block.low(), range + " " + blocks);
                long size = 1L << (32 - block.prefix());
                assertEquals(0, block.low() % size, "aligned: " + block);
                next = block.low() + size;
            }
            assertEquals(Math.max(first, last) + 1, next, range + " " + blocks);
        }
    }

    @Test
    void knowsEveryAddressAndContainment() {
        assertTrue(IpAddressRange.parse("0.0.0.0-255.255.255.255").everyAddress());
        assertTrue(IpAddressRange.parse("::/0").everyAddress());
        assertFalse(IpAddressRange.parse("0.0.0.0/1").everyAddress());
        assertTrue(IpAddressRange.parse("10.0.0.0/8").contains(IpAddressRange.parse("10.1.2.3-10.1.2.9")));
        assertFalse(IpAddressRange.parse("10.0.0.0/8").contains(IpAddressRange.parse("::ffff:11.0.0.0/104")));
        assertFalse(IpAddressRange.parse("::/0").contains(IpAddressRange.parse("10.0.0.1")));
        assertEquals("10.0.0.1-10.0.0.9", IpAddressRange.parse("10.0.0.1-10.0.0.9").toString());
        assertEquals(Optional.of(IpAddressRange.parse("10.0.0.1")), IpAddressRange.tryParse("::ffff:10.0.0.1"));
    }

    @Test
    void readsBindingsAsExchangeWritesThem() {
        assertEquals("0.0.0.0:25", ConnectorBinding.parse("0.0.0.0:25").toString());
        assertTrue(ConnectorBinding.parse("0.0.0.0:25").allAddresses());
        assertEquals("[::]:25", ConnectorBinding.parse("[::]:25").toString());
        assertTrue(ConnectorBinding.parse("[::]:25").allAddresses());
        assertEquals(2525, ConnectorBinding.parse("10.1.0.12:2525").port());
        assertFalse(ConnectorBinding.parse("10.1.0.12:2525").allAddresses());
        assertEquals("[2001:db8::5]:587", ConnectorBinding.parse("[2001:DB8::5]:587").toString());
        for (String bad : List.of("0.0.0.0", "::25", "0.0.0.0:0", "0.0.0.0:65536", "0.0.0.0:x", "[::]", "10.0.0.0/8:25",
                "10.0.0.1-10.0.0.2:25", "10.0.0.300:25", ":25")) {
            assertThrows(IpAddressRange.InvalidAddressException.class, () -> ConnectorBinding.parse(bad), bad);
        }
    }

    private static String v4(long address) {
        return (address >>> 24 & 0xFF) + "." + (address >>> 16 & 0xFF) + "." + (address >>> 8 & 0xFF) + "." + (address & 0xFF);
    }
}
