package io.mailguard.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
        int bits = range.ipv6() ? 128 : 32;
        assertTrue(blocks.size() <= 2 * bits, text + " " + blocks);
        long high = range.firstHigh();
        long low = range.firstLow();
        for (IpAddressRange.CidrBlock block : blocks) {
            assertEquals(high, block.high(), text + " " + blocks);
            assertEquals(low, block.low(), text + " " + blocks);
            IpAddressRange covered = IpAddressRange.parse(block.toString());
            assertEquals(block.high(), covered.firstHigh(), "aligned: " + block);
            assertEquals(block.low(), covered.firstLow(), "aligned: " + block);
            low = covered.lastLow() + 1;
            high = low == 0 ? covered.lastHigh() + 1 : covered.lastHigh();
        }
        IpAddressRange lastBlock = IpAddressRange.parse(blocks.get(blocks.size() - 1).toString());
        assertEquals(range.lastHigh(), lastBlock.lastHigh(), text);
        assertEquals(range.lastLow(), lastBlock.lastLow(), text);
    }
}
