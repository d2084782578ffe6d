package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.model.Address;
import io.mailguard.model.IpRange;
import java.util.ArrayList;
import java.util.Arrays;
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
        List<Word> items = parameters.list("mynetworks");
        Word[] ranges = new Word[items.size()];
        Address[] addresses = new Address[items.size()];
        int count = 0;
        boolean asWritten = true;
        List<Word> unreadable = List.of();
        for (int i = 0; i < items.size(); i++) { // indexed: every service that sets its own networks comes here
            Word item = items.get(i);
            if (item.text().startsWith("#")) {
                asWritten = false;
                break;
            }
            String cidr = cidr(item.text());
            Address address = ADDRESSES.of(cidr);
            if (address != null) {
                addresses[count] = address;
                ranges[count++] = cidr.equals(item.text()) ? item : new Word(cidr, item.at());
                asWritten &= ranges[count - 1] == item;
            } else {
                asWritten = false;
                unreadable = unreadable.isEmpty() ? new ArrayList<>() : unreadable;
                unreadable.add(item);
            }
        }
        // every item a range as written: the list itself, not a copy
        return new Networks(asWritten ? items : List.of(Arrays.copyOf(ranges, count)),
                List.of(count == addresses.length ? addresses : Arrays.copyOf(addresses, count)), List.copyOf(unreadable), "", null);
    }

    /** The ranges {@code mynetworks} items name, parsed once for a fleet; {@code null} for an item that names none. */
    private static final Kept<Address> ADDRESSES = new Kept<>(cidr -> {
        IpRange range = IpRange.read(cidr);
        return range == null ? null : new Address(cidr, List.of(range));
    });

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
