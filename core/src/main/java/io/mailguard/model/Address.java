package io.mailguard.model;

import java.math.BigInteger;
import java.util.ArrayList;
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
    static Address of(String written) {
        return new Address(written, IpRange.parse(written).map(List::of).orElse(List.of()));
    }

    /** An address in one of Exchange's three forms: an address, a CIDR range, or a range {@code a-b}. */
    static Address exchange(String written) {
        int dash = written.indexOf('-');
        if (dash < 0) {
            return of(written);
        }
        IpRange first = IpRange.parse(written.substring(0, dash).trim()).orElse(null);
        IpRange last = IpRange.parse(written.substring(dash + 1).trim()).orElse(null);
        if (first == null || last == null || first.ipv6() != last.ipv6() || first.prefix() != last.prefix()
                || first.prefix() != (first.ipv6() ? 128 : 32)) {
            return new Address(written, List.of());
        }
        BigInteger from = number(first);
        BigInteger to = number(last);
        return from.compareTo(to) > 0 ? new Address(written, List.of()) : new Address(written, blocks(from, to, first.ipv6()));
    }

    /** The single range this address names, or {@code null} when it names none or several. */
    public IpRange range() {
        return ranges.size() == 1 ? ranges.get(0) : null;
    }

    /** True when the text parses. */
    public boolean parses() {
        return !ranges.isEmpty();
    }

    private static BigInteger number(IpRange address) {
        BigInteger high = new BigInteger(Long.toUnsignedString(address.firstHigh()));
        return high.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(address.firstLow())));
    }

    /** The fewest CIDR blocks that cover {@code [from, to]} exactly. */
    private static List<IpRange> blocks(BigInteger from, BigInteger to, boolean ipv6) {
        int bits = ipv6 ? 128 : 32;
        List<IpRange> blocks = new ArrayList<>();
        BigInteger next = from;
        while (next.compareTo(to) <= 0) {
            int size = next.signum() == 0 ? bits : next.getLowestSetBit();
            while (size > 0 && next.add(BigInteger.ONE.shiftLeft(size)).subtract(BigInteger.ONE).compareTo(to) > 0) {
                size--;
            }
            long high = next.shiftRight(64).longValue();
            long low = next.longValue();
            blocks.add(new IpRange(ipv6 ? high : 0, low, ipv6 ? 16 : 4, bits - size));
            next = next.add(BigInteger.ONE.shiftLeft(size));
        }
        return List.copyOf(blocks);
    }
}
