package io.mailguard.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Any text is a range or a refusal with a message, never another exception; a range's CIDR blocks are
 * aligned, adjacent and cover exactly its first to its last address; a range reads back from the text it
 * writes. Seeds: {@code src/test/resources/io/mailguard/exchange/IpAddressRangeFuzzTestInputs/parsesOrRefuses/}.
 */
class IpAddressRangeFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void parsesOrRefuses(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        IpAddressRange range;
        try {
            range = IpAddressRange.parse(text);
        } catch (IpAddressRange.InvalidAddressException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
            return;
        }
        assertEquals(Optional.of(range), IpAddressRange.tryParse(range.toString()), text);
        List<IpAddressRange.CidrBlock> blocks = range.cidrBlocks();
        assertTrue(blocks.size() <= 2 * (range.ipv6() ? 128 + 32 : 32), text + " " + blocks);
        // each block aligned and read back as its kind; together, with the mapped IPv4 blocks put back in
        // the IPv6 space, they cover first to last without a gap or an address more
        List<long[]> intervals = new ArrayList<>();
        for (IpAddressRange.CidrBlock block : blocks) {
            boolean mapped = range.ipv6() && block.bytes() == 4;
            long blockLow = mapped ? 0x0000_FFFF_0000_0000L | block.low() : block.low();
            int host = (block.bytes() == 16 ? 128 : 32) - block.prefix();
            assertEquals(0, block.high() & maskHigh(host), "aligned: " + block);
            assertEquals(0, blockLow & maskLow(host), "aligned: " + block);
            IpAddressRange written = IpAddressRange.parse(block.toString());
            assertEquals(block.bytes() == 16, written.ipv6(), "reads back as its kind: " + block);
            assertEquals(block.low(), written.firstLow(), "reads back: " + block);
            intervals.add(new long[] {block.high(), blockLow, block.high() | maskHigh(host), blockLow | maskLow(host)});
        }
        intervals.sort((a, b) -> compare(a[0], a[1], b[0], b[1]));
        long[] covered = intervals.get(0).clone();
        assertEquals(range.firstHigh(), covered[0], text + " " + blocks);
        assertEquals(range.firstLow(), covered[1], text + " " + blocks);
        for (long[] next : intervals.subList(1, intervals.size())) {
            if (covered[2] == -1 && covered[3] == -1) {
                break; // every address already
            }
            long afterLow = covered[3] + 1;
            long afterHigh = afterLow == 0 ? covered[2] + 1 : covered[2];
            assertTrue(compare(next[0], next[1], afterHigh, afterLow) <= 0, "no gap: " + text + " " + blocks);
            if (compare(next[2], next[3], covered[2], covered[3]) > 0) {
                covered[2] = next[2];
                covered[3] = next[3];
            }
        }
        assertEquals(range.lastHigh(), covered[2], text + " " + blocks);
        assertEquals(range.lastLow(), covered[3], text + " " + blocks);
    }

    private static int compare(long highA, long lowA, long highB, long lowB) {
        int byHigh = Long.compareUnsigned(highA, highB);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(lowA, lowB);
    }

    private static long maskHigh(int bits) {
        return bits <= 64 ? 0 : bits == 128 ? -1 : (1L << (bits - 64)) - 1;
    }

    private static long maskLow(int bits) {
        return bits >= 64 ? -1 : (1L << bits) - 1;
    }
}
