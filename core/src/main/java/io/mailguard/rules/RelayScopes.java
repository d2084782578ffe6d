package io.mailguard.rules;

import io.mailguard.model.Address;
import io.mailguard.model.RelayScope;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The relay scope of a list of addresses, as MG001 and MG017 judge it. */
final class RelayScopes {

    /** How many addresses a message lists before it says how many more there are. */
    private static final int SHOWN = 4;

    private RelayScopes() {
    }

    /** The judgement of the addresses that parse; those that do not are each the caller's to report. */
    static RelayScope.Judgement judge(List<Address> hosts) {
        return RelayScope.judge(hosts.stream().map(Address::range).toList());
    }

    /** The addresses as a message shows them: the first few, then how many more. */
    static String shown(List<Address> hosts) {
        String first = hosts.stream().limit(SHOWN).map(Address::written).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return hosts.size() > SHOWN ? first + " and " + (hosts.size() - SHOWN) + " more" : first;
    }
}
