package io.mailguard.exchange;

import java.util.List;

/**
 * One permission entry on a receive connector, as {@code Add-ADPermission} adds it and {@code Get-ADPermission}
 * shows it; a record with these components is one.
 */
public interface AdPermissionEntry {

    /** The user or group, as written: a name ({@code NT AUTHORITY\ANONYMOUS LOGON}) or a SID. */
    String user();

    /** The user's SID, or {@code null} when it is not known. */
    String sid();

    /** The extended rights the entry grants or denies. */
    List<String> extendedRights();

    /** True when the entry denies its rights. */
    boolean deny();
}
