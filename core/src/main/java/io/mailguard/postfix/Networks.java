package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.model.IpRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code mynetworks} holds: address ranges MailGuard can read, and items it cannot (host names,
 * tables, files, negations); or, when {@code mynetworks} is not set, the {@code mynetworks_style} from
 * which Postfix derives it from the host's own interfaces.
 *
 * @param ranges the ranges, as written (IPv6 brackets removed)
 * @param unreadable items whose addresses MailGuard cannot know
 * @param derivedStyle {@code host}, {@code subnet} or {@code class} when Postfix derives the networks, else empty
 * @param derivedAt where {@code mynetworks_style} is set, or {@code null} for its default
 */
record Networks(List<Word> ranges, List<Word> unreadable, String derivedStyle, Location derivedAt) {

    private static final Pattern MAPPED = Pattern.compile("(?i)::ffff:(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,3})");

    static Networks of(EffectiveParameters parameters) {
        if (parameters.raw("mynetworks").isEmpty()) {
            return new Networks(List.of(), List.of(), parameters.expanded("mynetworks_style").text().trim(),
                    parameters.at("mynetworks_style"));
        }
        List<Word> ranges = new ArrayList<>();
        List<Word> unreadable = new ArrayList<>();
        for (Word item : parameters.list("mynetworks")) {
            if (item.text().startsWith("#")) {
                break;
            }
            String cidr = cidr(item.text());
            if (readable(cidr)) {
                ranges.add(new Word(cidr, item.at()));
            } else {
                unreadable.add(item);
            }
        }
        return new Networks(List.copyOf(ranges), List.copyOf(unreadable), "", null);
    }

    /**
     * Whether MailGuard reads the range: any address or CIDR range, IPv4-mapped IPv6 ones
     * ({@code ::ffff:127.0.0.0/104}) included, which the address parser alone turns into IPv4 addresses.
     */
    static boolean readable(String cidr) {
        Matcher mapped = MAPPED.matcher(cidr);
        if (mapped.matches()) {
            int prefix = Integer.parseInt(mapped.group(2));
            return prefix >= 96 && prefix <= 128 && IpRange.parse(mapped.group(1) + "/" + (prefix - 96)).isPresent();
        }
        return IpRange.parse(cidr).isPresent();
    }

    /** {@code [2001:db8::]/32} as {@code 2001:db8::/32}; other forms unchanged. */
    static String cidr(String item) {
        if (item.startsWith("[")) {
            int close = item.indexOf(']');
            if (close > 0) {
                return item.substring(1, close) + item.substring(close + 1);
            }
        }
        return item;
    }
}
