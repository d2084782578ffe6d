package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.model.Address;
import io.mailguard.model.IpRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code mynetworks} holds: address ranges MailGuard can read, and items it cannot (host names,
 * tables, files, negations); or, when {@code mynetworks} is not set, the {@code mynetworks_style} from
 * which Postfix derives it from the host's own interfaces.
 *
 * @param ranges the ranges, as written (IPv6 brackets removed)
 * @param addresses the same ranges, parsed (read once, for the checks and the relay scope)
 * @param unreadable items whose addresses MailGuard cannot know
 * @param derivedStyle {@code host}, {@code subnet} or {@code class} when Postfix derives the networks, else empty
 * @param derivedAt where {@code mynetworks_style} is set, or {@code null} for its default
 */
record Networks(List<Word> ranges, List<Address> addresses, List<Word> unreadable, String derivedStyle, Location derivedAt) {

    private static final List<String> NAMES = List.of("mynetworks", "mynetworks_style");

    /** The networks of {@code parameters}: read once for all services of a configuration that do not set them. */
    static Networks of(EffectiveParameters parameters) {
        return parameters.derived("trusted networks", NAMES, Networks::read);
    }

    private static Networks read(EffectiveParameters parameters) {
        if (!parameters.has("mynetworks")) {
            return new Networks(List.of(), List.of(), List.of(), parameters.expanded("mynetworks_style").text().trim(),
                    parameters.at("mynetworks_style"));
        }
        PositionedText value = parameters.expanded("mynetworks");
        Reading reading = READINGS.of(value.text());
        if (reading == null) { // no item at all
            return new Networks(List.of(), List.of(), List.of(), "", null);
        }
        // the items are placed in this value; what they name is the reading's, shared
        Word[] ranges = new Word[reading.addresses().size()];
        List<Word> unreadable = List.of();
        for (int i = 0, r = 0; i < reading.items().length; i++) { // indexed: every service that sets its own networks
            Word item = Word.in(reading.items()[i], value, reading.offsets()[i]);
            if (reading.readable()[i]) {
                ranges[r++] = item;
            } else {
                unreadable = unreadable.isEmpty() ? new ArrayList<>() : unreadable;
                unreadable.add(item);
            }
        }
        return new Networks(List.of(ranges), reading.addresses(), List.copyOf(unreadable), "", null);
    }

    /**
     * What a {@code mynetworks} text reads as, its places aside: each item before a {@code #} (Postfix reads no
     * further), where it starts, and whether it names a range; the ranges parsed, in order.
     *
     * @param items the items, a range as {@link #cidr} writes it
     */
    private record Reading(String[] items, int[] offsets, boolean[] readable, List<Address> addresses) {
    }

    /** The readings of {@code mynetworks} texts, each read once for a fleet ({@code 127.0.0.0/8 [::1]/128}). */
    private static final Kept<Reading> READINGS = new Kept<>(Networks::reading);

    private static Reading reading(String text) {
        List<Word> words = Lists.split(PositionedText.unlocated(text));
        int count = 0;
        while (count < words.size() && !words.get(count).text().startsWith("#")) {
            count++;
        }
        if (count == 0) {
            return null;
        }
        String[] items = new String[count];
        int[] offsets = new int[count];
        boolean[] readable = new boolean[count];
        List<Address> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String cidr = cidr(words.get(i).text());
            IpRange range = IpRange.read(cidr);
            readable[i] = range != null;
            items[i] = range != null ? cidr : words.get(i).text();
            offsets[i] = words.get(i).offset();
            if (range != null) {
                addresses.add(new Address(cidr, List.of(range)));
            }
        }
        return new Reading(items, offsets, readable, List.copyOf(addresses));
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
