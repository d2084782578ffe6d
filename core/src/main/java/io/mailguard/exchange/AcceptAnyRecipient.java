package io.mailguard.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who holds the relay right on a receive connector: {@code ms-Exch-SMTP-Accept-Any-Recipient} lets a sender
 * send to any domain. Anonymous senders hold it when a permission entry grants it to {@code ANONYMOUS LOGON}
 * or {@code Everyone} (and none denies it to {@code ANONYMOUS LOGON}), or when the connector is externally
 * secured: the {@code ExchangeServers} permission group with the {@code ExternalAuthoritative} mechanism
 * treats every sender as an Exchange server.
 */
public final class AcceptAnyRecipient {

    /** The relay right, as Exchange names it (compared without regard to case). */
    public static final String RIGHT = "ms-Exch-SMTP-Accept-Any-Recipient";

    private AcceptAnyRecipient() {
    }

    /** True when anonymous senders may relay through a connector with these settings. */
    public static boolean heldByAnonymousSenders(List<String> permissionGroups, List<String> authMechanisms,
            List<? extends AdPermissionEntry> permissions) {
        return externallySecured(permissionGroups, authMechanisms)
                || (!anonymousGrants(permissions).isEmpty() && !deniedToAnonymous(permissions));
    }

    /** True for {@code ExchangeServers} with {@code ExternalAuthoritative}: every sender counts as an Exchange server. */
    public static boolean externallySecured(List<String> permissionGroups, List<String> authMechanisms) {
        return permissionGroups != null && permissionGroups.contains("ExchangeServers")
                && authMechanisms != null && authMechanisms.contains("ExternalAuthoritative");
    }

    /** The indexes of the entries that grant the right to {@code ANONYMOUS LOGON} or {@code Everyone}. */
    public static List<Integer> anonymousGrants(List<? extends AdPermissionEntry> permissions) {
        List<Integer> grants = new ArrayList<>();
        for (int i = 0; permissions != null && i < permissions.size(); i++) {
            AdPermissionEntry entry = permissions.get(i);
            if (!entry.deny() && holdsRight(entry)) {
                Optional<WellKnownPrincipal> principal = WellKnownPrincipal.of(entry.user(), entry.sid());
                if (principal.isPresent() && principal.get() != WellKnownPrincipal.AUTHENTICATED_USERS) {
                    grants.add(i);
                }
            }
        }
        return grants;
    }

    /** An explicit deny to {@code ANONYMOUS LOGON} wins over any grant (a deny to Everyone does not reach anonymous senders). */
    public static boolean deniedToAnonymous(List<? extends AdPermissionEntry> permissions) {
        for (AdPermissionEntry entry : permissions) {
            if (entry.deny() && holdsRight(entry)
                    && WellKnownPrincipal.of(entry.user(), entry.sid()).orElse(null) == WellKnownPrincipal.ANONYMOUS_LOGON) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsRight(AdPermissionEntry entry) {
        if (entry.extendedRights() != null) {
            for (String right : entry.extendedRights()) {
                if (right != null && RIGHT.equalsIgnoreCase(right.strip())) {
                    return true;
                }
            }
        }
        return false;
    }
}
