package io.mailguard.model;

import java.util.List;

/**
 * A receive connector of an Exchange 2007-or-later server, with {@code Get-ReceiveConnector}'s properties.
 * In each list an entry that is not text is {@code null}; a list that is not declared is {@code null}.
 *
 * @param server the server it belongs to, by name
 * @param transportRole {@code FrontendTransport} or {@code HubTransport} (2013 and later)
 * @param role the role as written; absent when it is to be inferred
 * @param remoteIPRanges the remote addresses it accepts, in Exchange's forms (address, {@code a-b} range, CIDR)
 * @param anonymousAccessException the recorded exception, or {@code null}
 */
public record ReceiveConnector(
        Source source,
        String server,
        String name,
        Value<String> transportRole,
        Value<Role> role,
        List<String> bindings,
        List<Address> remoteIPRanges,
        List<String> permissionGroups,
        List<String> authMechanism,
        Value<Boolean> requireTls,
        List<AdPermission> adPermissions,
        AnonymousAccessException anonymousAccessException) {

    /** The name findings use: {@code EX19-01/Default Frontend EX19-01}. */
    public String objectName() {
        return server + "/" + name;
    }
}
