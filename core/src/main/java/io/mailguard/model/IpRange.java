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
        String value = text.trim();
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        boolean written6 = host.indexOf(':') >= 0;
        byte[] bytes = written6 ? ipv6(host) : ipv4(host);
        if (bytes == null) {
            return Optional.empty();
        }
        // an IPv4-mapped IPv6 address (::ffff:10.0.0.0/104) is the IPv4 range it maps: its prefix counts from bit 96
        int mapped = written6 && bytes.length == 4 ? 96 : 0;
        int bits = bytes.length * 8 + mapped;
        int prefix = bits;
        if (slash >= 0) {
            String length = value.substring(slash + 1);
            if (length.isEmpty() || length.length() > 3 || !digitsOnly(length)) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(length);
            if (prefix > bits || prefix < mapped) {
                return Optional.empty();
            }
        }
        prefix -= mapped;
        return Optional.of(new IpRange(bytes.length == 16 ? number(bytes, 0, 8) : 0, number(bytes, bytes.length == 16 ? 8 : 0, bytes.length),
                bytes.length, prefix));
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

    private static byte[] ipv4(String host) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= host.length(); i++) {
            char c = i < host.length() ? host.charAt(i) : '.';
            if (c == '.') {
                // one to three digits, no leading zero, at most 255
                if (digits == 0 || part == 4 || value > 255) {
                    return null;
                }
                bytes[part++] = (byte) value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && !(digits == 1 && value == 0) && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        return part == 4 ? bytes : null;
    }

    private static boolean digitsOnly(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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
