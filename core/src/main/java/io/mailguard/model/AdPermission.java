package io.mailguard.model;

import io.mailguard.exchange.AdPermissionEntry;
import java.util.List;

/**
 * An {@code Add-ADPermission} entry on a receive connector.
 *
 * @param user the principal as written ({@code NT AUTHORITY\ANONYMOUS LOGON}, {@code S-1-5-7}); {@code null} when not text
 * @param extendedRights the rights granted (or denied); an entry that is not text is {@code null}
 * @param sid the user's SID as the import writes it, or {@code null}
 * @param denies whether the entry denies the rights (absent means false)
 */
public record AdPermission(String user, String sid, List<String> extendedRights, Value<Boolean> denies) implements AdPermissionEntry {

    @Override
    public boolean deny() {
        return denies.is(true);
    }
}
