package io.mailguard.model;

import io.mailguard.exchange.IpAddressRange;
import java.util.List;

/**
 * An address as the user wrote it, parsed once when the model is read.
 *
 * @param written the text, as written
 * @param ranges the CIDR ranges it names (one, or several for an Exchange {@code a-b} range); empty when it
 *     does not parse (or is {@code all-unassigned})
 */
public record Address(String written, List<IpRange> ranges) {

    /** An address or CIDR range ({@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}). */
    public static Address of(String written) {
        IpRange range = IpRange.read(written);
        return new Address(written, range == null ? List.of() : List.of(range));
    }

    /** An address in one of Exchange's three forms: an address, a CIDR range, or a range {@code a-b}. */
    public static Address exchange(String written) {
        return new Address(written, IpAddressRange.tryParse(written)
                .map(range -> range.cidrBlocks().stream()
                        .map(block -> new IpRange(block.high(), block.low(), block.bytes(), block.prefix())).toList())
                .orElse(List.of()));
    }

    /** The single range this address names, or {@code null} when it names none or several. */
    public IpRange range() {
        return ranges.size() == 1 ? ranges.get(0) : null;
    }

    /** True when the text parses. */
    public boolean parses() {
        return !ranges.isEmpty();
    }
}
