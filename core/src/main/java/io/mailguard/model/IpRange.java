package io.mailguard.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address or CIDR range, parsed without ever resolving a host name.
 *
 * @param high the first 8 bytes of an IPv6 address, 0 for IPv4
 * @param low the last 8 bytes of an IPv6 address, or the IPv4 address
 * @param bytes the address length in bytes: 4 or 16
 * @param prefix the prefix length; the full length for a single address
 *
 * <p>Two spellings of one range ({@code ::1} and {@code 0:0:0:0:0:0:0:1}) parse to equal values.
 */
public record IpRange(long high, long low, int bytes, int prefix) {

    /** Parses {@code 10.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}, {@code 2001:db8::/32}; empty when it does not parse. */
    public static Optional<IpRange> parse(String text) {
        return Optional.ofNullable(read(text));
    }

    /** The range {@link #parse} reads, or {@code null} when it does not parse: read for every range of a large fleet. */
    public static IpRange read(String text) {
        String value = text.trim();
        int slash = value.indexOf('/');
        int hostEnd = slash < 0 ? value.length() : slash;
        boolean written6 = value.lastIndexOf(':', hostEnd - 1) >= 0;
        int prefix = slash < 0 ? -1 : prefix(value, slash + 1);
        if (slash >= 0 && prefix < 0) {
            return null;
        }
        if (!written6) {
            // read in place, without copying the address out: a large fleet's configurations hold many
            long address = ipv4(value, 0, hostEnd);
            if (address < 0 || prefix > 32) {
                return null;
            }
            return new IpRange(0, address, 4, prefix < 0 ? 32 : prefix);
        }
        byte[] bytes = ipv6(value.substring(0, hostEnd));
        if (bytes == null) {
            return null;
        }
        // an IPv4-mapped IPv6 address (::ffff:10.0.0.0/104) is the IPv4 range it maps: its prefix counts from bit 96
        int mapped = bytes.length == 4 ? 96 : 0;
        int bits = bytes.length * 8 + mapped;
        if (prefix < 0) {
            prefix = bits;
        } else if (prefix > bits || prefix < mapped) {
            return null;
        }
        prefix -= mapped;
        return new IpRange(bytes.length == 16 ? number(bytes, 0, 8) : 0, number(bytes, bytes.length == 16 ? 8 : 0, bytes.length),
                bytes.length, prefix);
    }

    /** The prefix length written from {@code from} to the end: one to three digits; -1 when it is none. */
    private static int prefix(String value, int from) {
        int length = value.length() - from;
        if (length == 0 || length > 3) {
            return -1;
        }
        int prefix = 0;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            prefix = prefix * 10 + (c - '0');
        }
        return prefix;
    }

    /** True for {@code 0.0.0.0/0}, {@code ::/0} and any other spelling of every address. */
    public boolean everyAddress() {
        return prefix == 0;
    }

    /** True for an IPv6 range. */
    public boolean ipv6() {
        return bytes == 16;
    }

    /** The range's first address: the upper 64 bits (0 for IPv4). */
    public long firstHigh() {
        return prefix >= 64 || bytes == 4 ? high : prefix == 0 ? 0 : high & (-1L << (64 - prefix));
    }

    /** The range's first address: the lower 64 bits (the whole address for IPv4). */
    public long firstLow() {
        if (bytes == 4) {
            return prefix == 0 ? 0 : low & (-1L << (32 - prefix)) & 0xFFFF_FFFFL;
        }
        return prefix <= 64 ? 0 : prefix == 128 ? low : low & (-1L << (128 - prefix));
    }

    /** The range's last address: the upper 64 bits (0 for IPv4). */
    public long lastHigh() {
        return bytes == 4 || prefix >= 64 ? firstHigh() : firstHigh() | (prefix == 0 ? -1L : -1L >>> prefix);
    }

    /** The range's last address: the lower 64 bits. */
    public long lastLow() {
        if (bytes == 4) {
            return firstLow() | (0xFFFF_FFFFL >>> prefix);
        }
        return prefix <= 64 ? -1L : firstLow() | (prefix == 128 ? 0 : -1L >>> (prefix - 64));
    }

    /** True when every address of {@code other} lies in this range (an IPv4 range never lies in an IPv6 one). */
    public boolean contains(IpRange other) {
        return bytes == other.bytes
                && compare(firstHigh(), firstLow(), other.firstHigh(), other.firstLow()) <= 0
                && compare(other.lastHigh(), other.lastLow(), lastHigh(), lastLow()) <= 0;
    }

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int high = Long.compareUnsigned(aHigh, bHigh);
        return high != 0 ? high : Long.compareUnsigned(aLow, bLow);
    }

    /** Bytes {@code [from, to)} as an unsigned number, most significant first. */
    private static long number(byte[] bytes, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value << 8 | (bytes[i] & 0xFF);
        }
        return value;
    }

    /** The IPv4 address written in {@code [from, to)} as a number, or -1 when it is none. */
    private static long ipv4(String text, int from, int to) {
        long address = 0;
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '.';
            if (c == '.') {
                // one to three digits, no leading zero, at most 255
                if (digits == 0 || part == 4 || value > 255) {
                    return -1;
                }
                address = address << 8 | value;
                part++;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0) && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                return -1;
            }
        }
        return part == 4 ? address : -1;
    }

    private static byte[] ipv6(String host) {
        // starting with a hex digit or a colon, holding only hex digits, colons and dots, and with a
        // colon: InetAddress treats it as a literal and never looks it up
        if (host.isEmpty() || !(Character.digit(host.charAt(0), 16) >= 0 || host.charAt(0) == ':')) {
            return null;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
                return null;
            }
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
