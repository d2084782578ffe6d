package io.mailguard.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The addresses one entry of a receive connector's {@code RemoteIPRanges} covers, in any of the three
 * forms Exchange accepts: a single address ({@code 192.168.1.10}), a range ({@code 192.168.1.1-192.168.1.254})
 * or a CIDR block ({@code 192.168.1.0/24}), IPv4 or IPv6. An IPv4-mapped IPv6 entry
 * ({@code ::ffff:10.0.0.0/104}) is the IPv4 range it maps. Parsed without ever resolving a host name.
 *
 * <p>An address is a 128-bit number held as two longs (the high and the low 64 bits, unsigned); an IPv4
 * address is held in the low 32 bits.
 *
 * @param ipv6 true for an IPv6 range, false for IPv4
 * @param firstHigh the high 64 bits of the first address (0 for IPv4)
 * @param firstLow the low 64 bits of the first address
 * @param lastHigh the high 64 bits of the last address (0 for IPv4)
 * @param lastLow the low 64 bits of the last address
 */
public record IpAddressRange(boolean ipv6, long firstHigh, long firstLow, long lastHigh, long lastLow) {

    private static final long IPV4_MAPPED_HIGH = 0L;
    private static final long IPV4_MAPPED_LOW_PREFIX = 0x0000_FFFF_0000_0000L;
    private static final long IPV4_MASK = 0xFFFF_FFFFL;

    /** One CIDR block: the same parts as a MailGuard IP range ({@code high}, {@code low}, {@code bytes}, {@code prefix}). */
    public record CidrBlock(long high, long low, int bytes, int prefix) {

        /** {@code 10.0.0.0/8}, {@code 2001:db8::/32}. */
        @Override
        public String toString() {
            return format(bytes == 16, high, low) + "/" + prefix;
        }
    }

    /** Why an entry does not parse; the message says what is wrong and how Exchange writes it. */
    public static final class InvalidAddressException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidAddressException(String message) {
            super(message);
        }
    }

    /** The range an entry covers, or empty when it does not parse. */
    public static Optional<IpAddressRange> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidAddressException e) {
            return Optional.empty();
        }
    }

    /**
     * The range an entry covers.
     *
     * @throws InvalidAddressException when it is none of the three forms, saying what is wrong
     */
    public static IpAddressRange parse(String text) {
        int dash = text.indexOf('-');
        int slash = text.indexOf('/');
        if (dash >= 0 && slash >= 0) {
            throw new InvalidAddressException("`" + text + "` mixes a range (a-b) and a CIDR block (/n); write one of them");
        }
        if (dash >= 0) {
            long[] first = address(text.substring(0, dash), text);
            long[] last = address(text.substring(dash + 1), text);
            // a mapped end beside a plain IPv6 one is an IPv6 address: ::fffc:0:0-::ffff:ffff:ffff
            if (first[3] == 1 && last[2] == 1) {
                first = unmapped(first);
            } else if (last[3] == 1 && first[2] == 1) {
                last = unmapped(last);
            }
            if (first[2] != last[2]) {
                throw new InvalidAddressException("`" + text + "` runs from an IPv" + (first[2] == 1 ? 6 : 4)
                        + " to an IPv" + (last[2] == 1 ? 6 : 4) + " address; both ends must be of one kind");
            }
            if (compare(first[0], first[1], last[0], last[1]) > 0) {
                throw new InvalidAddressException("`" + text + "` ends before it starts; write the lower address first");
            }
            return new IpAddressRange(first[2] == 1, first[0], first[1], last[0], last[1]);
        }
        if (slash >= 0) {
            String length = text.substring(slash + 1);
            long[] base = address(text.substring(0, slash), text);
            boolean mapped = base[3] == 1;
            int bits = base[2] == 1 ? 128 : 32;
            int written = mapped ? 128 : bits;
            if (length.isEmpty() || length.length() > 3 || !digitsOnly(length) || Integer.parseInt(length) > written) {
                throw new InvalidAddressException("`" + text + "` has the prefix length /" + length + "; it must be a number from 0 to " + written);
            }
            int prefix = Integer.parseInt(length);
            if (mapped) {
                if (prefix < 96) {
                    // wider than ::ffff:0:0/96: the block holds IPv6 addresses that are not mapped IPv4 ones
                    return block(true, IPV4_MAPPED_HIGH, IPV4_MAPPED_LOW_PREFIX | base[1], 128, prefix);
                }
                prefix -= 96;
            }
            return block(base[2] == 1, base[0], base[1], bits, prefix);
        }
        long[] single = address(text, text);
        return new IpAddressRange(single[2] == 1, single[0], single[1], single[0], single[1]);
    }

    /** True when the range is one address. */
    public boolean singleAddress() {
        return firstHigh == lastHigh && firstLow == lastLow;
    }

    /** True when the range covers every IPv4 or every IPv6 address. */
    public boolean everyAddress() {
        return firstHigh == 0 && firstLow == 0 && (ipv6 ? lastHigh == -1 && lastLow == -1 : lastLow == IPV4_MASK);
    }

    /** True when {@code other} (of the same kind) lies inside this range. */
    public boolean contains(IpAddressRange other) {
        return ipv6 == other.ipv6 && compare(firstHigh, firstLow, other.firstHigh, other.firstLow) <= 0
                && compare(other.lastHigh, other.lastLow, lastHigh, lastLow) <= 0;
    }

    /**
     * The fewest CIDR blocks that together cover exactly this range, lowest first: one for a single
     * address or a CIDR entry, up to 2 × (32 or 128) for an {@code a-b} range.
     */
    public List<CidrBlock> cidrBlocks() {
        int bits = ipv6 ? 128 : 32;
        List<CidrBlock> blocks = new ArrayList<>();
        long high = firstHigh;
        long low = firstLow;
        while (true) {
            int size = Math.min(bits, trailingZeros(high, low));
            // the largest aligned block from here that does not run past the last address
            while (size > 0 && compare(high | maskHigh(size), low | maskLow(size), lastHigh, lastLow) > 0) {
                size--;
            }
            blocks.add(new CidrBlock(high, low, ipv6 ? 16 : 4, bits - size));
            long endHigh = high | maskHigh(size);
            long endLow = low | maskLow(size);
            if (endHigh == lastHigh && endLow == lastLow) {
                return List.copyOf(blocks);
            }
            low = endLow + 1;
            high = low == 0 ? endHigh + 1 : endHigh;
        }
    }

    /** The first address, as Exchange writes it. */
    public String first() {
        return format(ipv6, firstHigh, firstLow);
    }

    /** The last address, as Exchange writes it. */
    public String last() {
        return format(ipv6, lastHigh, lastLow);
    }

    /** The range in Exchange's own form: the address, or {@code first-last}. */
    @Override
    public String toString() {
        return singleAddress() ? first() : first() + "-" + last();
    }

    private static IpAddressRange block(boolean ipv6, long high, long low, int bits, int prefix) {
        int host = bits - prefix;
        long firstHigh = high & ~maskHigh(host);
        long firstLow = low & ~maskLow(host);
        return new IpAddressRange(ipv6, firstHigh, firstLow, firstHigh | maskHigh(host), firstLow | maskLow(host));
    }

    /** The high 64 bits of a mask of the lowest {@code bits} bits. */
    private static long maskHigh(int bits) {
        return bits <= 64 ? 0 : bits == 128 ? -1 : (1L << (bits - 64)) - 1;
    }

    /** The low 64 bits of a mask of the lowest {@code bits} bits. */
    private static long maskLow(int bits) {
        return bits >= 64 ? -1 : (1L << bits) - 1;
    }

    private static int trailingZeros(long high, long low) {
        return low != 0 ? Long.numberOfTrailingZeros(low) : high != 0 ? 64 + Long.numberOfTrailingZeros(high) : 128;
    }

    private static int compare(long highA, long lowA, long highB, long lowB) {
        int byHigh = Long.compareUnsigned(highA, highB);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(lowA, lowB);
    }

    /**
     * One address: {high, low, 1 for IPv6 (0 for IPv4), 1 when it was written as IPv4-mapped IPv6}. A
     * mapped address comes back as the IPv4 address it maps.
     */
    private static long[] address(String text, String entry) {
        if (text.isEmpty()) {
            throw new InvalidAddressException("`" + entry + "` has an empty address; write an IPv4 or IPv6 address");
        }
        if (text.indexOf(':') < 0) {
            long ipv4 = ipv4(text);
            if (ipv4 < 0) {
                throw new InvalidAddressException("`" + text + "` is not an IPv4 address"
                        + (text.equals(entry) ? "" : " (in `" + entry + "`)") + "; write four numbers from 0 to 255, e.g. 192.168.1.10");
            }
            return new long[] {0, ipv4, 0, 0};
        }
        long[] ipv6 = ipv6(text);
        if (ipv6 == null) {
            throw new InvalidAddressException("`" + text + "` is not an IPv6 address"
                    + (text.equals(entry) ? "" : " (in `" + entry + "`)") + "; write it as Exchange does, e.g. 2001:db8::10 or ::ffff:10.0.0.1");
        }
        if (ipv6[0] == IPV4_MAPPED_HIGH && (ipv6[1] & ~IPV4_MASK) == IPV4_MAPPED_LOW_PREFIX) {
            return new long[] {0, ipv6[1] & IPV4_MASK, 0, 1};
        }
        return new long[] {ipv6[0], ipv6[1], 1, 0};
    }

    /** A mapped address ({@code ::ffff:a.b.c.d}) as the IPv6 address it is written as. */
    private static long[] unmapped(long[] mapped) {
        return new long[] {IPV4_MAPPED_HIGH, IPV4_MAPPED_LOW_PREFIX | mapped[1], 1, 0};
    }

    /** Four numbers from 0 to 255 without leading zeros, or -1. */
    private static long ipv4(String text) {
        long value = 0;
        int parts = 0;
        int part = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part > 255 || parts == 4) {
                    return -1;
                }
                value = value << 8 | part;
                parts++;
                part = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && !(digits == 1 && part == 0) && digits < 3) {
                part = part * 10 + (c - '0');
                digits++;
            } else {
                return -1;
            }
        }
        return parts == 4 ? value : -1;
    }

    /** Eight groups of up to four hex digits, one {@code ::} at most, an IPv4 tail allowed; {high, low} or null. */
    private static long[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.size() + tail.size();
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] all = new int[8];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        for (int i = 0; i < tail.size(); i++) {
            all[8 - tail.size() + i] = tail.get(i);
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < 4; i++) {
            high = high << 16 | all[i];
            low = low << 16 | all[i + 4];
        }
        return new long[] {high, low};
    }

    /** The 16-bit groups of one side of {@code ::}; an IPv4 tail (only where it may end the address) counts as two. */
    private static List<Integer> groups(String side, boolean mayEndWithIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (side.isEmpty()) {
            return groups;
        }
        String[] parts = side.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i == parts.length - 1 && mayEndWithIpv4 && part.indexOf('.') >= 0) {
                long ipv4 = ipv4(part);
                if (ipv4 < 0) {
                    return null;
                }
                groups.add((int) (ipv4 >>> 16));
                groups.add((int) (ipv4 & 0xFFFF));
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                int digit = c < 0x80 ? Character.digit(c, 16) : -1; // ASCII hex digits only
                if (digit < 0) {
                    return null;
                }
                value = value << 4 | digit;
            }
            groups.add(value);
        }
        return groups;
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** IPv4 dotted, or IPv6 in the RFC 5952 form (lower case, the longest run of zero groups as {@code ::}). */
    private static String format(boolean ipv6, long high, long low) {
        if (!ipv6) {
            return (low >>> 24 & 0xFF) + "." + (low >>> 16 & 0xFF) + "." + (low >>> 8 & 0xFF) + "." + (low & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 4; i++) {
            groups[i] = (int) (high >>> (48 - 16 * i) & 0xFFFF);
            groups[i + 4] = (int) (low >>> (48 - 16 * i) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }
}
