package io.mailguard.exchange;

import java.util.Locale;
import java.util.Optional;

/**
 * The Windows principals whose rights decide who may relay, recognised by their well-known security
 * identifiers (SIDs) and by their English names, with or without {@code NT AUTHORITY\}. A name from a
 * server in another language ({@code NT-AUTORITÄT\ANONYMOUS-ANMELDUNG}) is recognised by the SID written
 * beside it, as the import writes it.
 */
public enum WellKnownPrincipal {

    /** {@code NT AUTHORITY\ANONYMOUS LOGON}: a sender who has not authenticated. */
    ANONYMOUS_LOGON("S-1-5-7", "anonymous logon"),
    /** {@code Everyone}. */
    EVERYONE("S-1-1-0", "everyone"),
    /** {@code NT AUTHORITY\Authenticated Users}: anyone who has signed in. */
    AUTHENTICATED_USERS("S-1-5-11", "authenticated users");

    private final String sid;
    private final String englishName;

    WellKnownPrincipal(String sid, String englishName) {
        this.sid = sid;
        this.englishName = englishName;
    }

    /** The English name, lower case: {@code anonymous logon}. */
    public String englishName() {
        return englishName;
    }

    /** The well-known SID, e.g. {@code S-1-5-7}. */
    public String sid() {
        return sid;
    }

    /** Which well-known principal a user is, written as a name or a SID; empty for any other principal. */
    public static Optional<WellKnownPrincipal> of(String user) {
        return of(user, null);
    }

    /**
     * Which well-known principal a user is. A {@code sid}, when given, decides; otherwise the user is read
     * as a SID ({@code S-1-5-7}) or an English name ({@code NT AUTHORITY\ANONYMOUS LOGON}, {@code Anonymous Logon}),
     * ignoring case, repeated spaces and the authority before the backslash.
     */
    public static Optional<WellKnownPrincipal> of(String user, String sid) {
        if (sid != null && !sid.isBlank()) {
            return bySid(sid.trim());
        }
        if (user == null) {
            return Optional.empty();
        }
        String name = user.trim();
        if (name.regionMatches(true, 0, "S-1-", 0, 4)) {
            return bySid(name);
        }
        // any authority: a French server writes AUTORITE NT\ANONYMOUS LOGON
        int slash = name.lastIndexOf('\\');
        String simple = singleSpaced(name.substring(slash + 1).strip()).toLowerCase(Locale.ROOT);
        for (WellKnownPrincipal principal : values()) {
            if (principal.englishName.equals(simple)) {
                return Optional.of(principal);
            }
        }
        return Optional.empty();
    }

    /** Every run of white space as one space (without a regex: the model reads many principals). */
    private static String singleSpaced(String name) {
        StringBuilder text = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c)) {
                text.append(c);
            } else if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static Optional<WellKnownPrincipal> bySid(String sid) {
        for (WellKnownPrincipal principal : values()) {
            if (principal.sid.equalsIgnoreCase(sid)) {
                return Optional.of(principal);
            }
        }
        return Optional.empty();
    }
}
