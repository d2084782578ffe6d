package io.mailguard.model;

import io.mailguard.exchange.WellKnownPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Windows principals as users write them, compared case-insensitively and without the NT AUTHORITY prefix. */
public final class Principals {

    public static final String EVERYONE = "everyone";
    public static final String ANONYMOUS_LOGON = "anonymous logon";
    public static final String AUTHENTICATED_USERS = "authenticated users";

    /** Anyone at all, signed in or not. */
    public static final Set<String> UNAUTHENTICATED = Set.of(EVERYONE, ANONYMOUS_LOGON);

    /** Principals too broad for Submit or Relay on an internal virtual server. */
    public static final Set<String> BROAD = Set.of(EVERYONE, AUTHENTICATED_USERS);

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Principals() {
    }

    /**
     * {@code NT AUTHORITY\ANONYMOUS LOGON} → {@code anonymous logon}; a well-known SID ({@code S-1-5-7})
     * → the English name of its principal ({@link WellKnownPrincipal}).
     */
    public static String normalize(String principal) {
        String name = principal.trim();
        if (name.regionMatches(true, 0, "S-1-", 0, 4)) {
            Optional<WellKnownPrincipal> known = WellKnownPrincipal.of(name);
            if (known.isPresent()) {
                return known.get().englishName();
            }
        }
        int slash = name.lastIndexOf('\\');
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        return (singleSpaced(name) ? name : WHITESPACE.matcher(name).replaceAll(" ")).toLowerCase(Locale.ROOT);
    }

    /** Whether the only whitespace in {@code name} is single spaces, as nearly every principal is written. */
    private static boolean singleSpaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i > 0 && name.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code principal} is one of {@code wanted}; a plain ASCII name of another length (most named
     * groups) is told without making a string.
     */
    public static boolean isOneOf(String principal, Set<String> wanted) {
        int end = principal.length();
        while (end > 0 && principal.charAt(end - 1) == ' ') {
            end--;
        }
        int start = principal.lastIndexOf('\\', end - 1) + 1;
        while (start < end && principal.charAt(start) == ' ') {
            start++;
        }
        int length = end - start;
        boolean plain = length > 0 && !principal.regionMatches(true, start, "S-1-", 0, 4);
        for (int i = start; plain && i < end; i++) {
            char c = principal.charAt(i);
            plain = c < 128 && (!Character.isWhitespace(c) || (c == ' ' && principal.charAt(i - 1) != ' '));
        }
        if (plain) {
            boolean sameLength = false;
            for (String name : wanted) {
                sameLength |= name.length() == length;
            }
            if (!sameLength) {
                return false;
            }
        }
        return wanted.contains(normalize(principal));
    }

    /** The indexes of every principal in {@code principals} that is one of {@code wanted}; none for {@code null}. */
    public static List<Integer> indexesOf(List<String> principals, Set<String> wanted) {
        List<Integer> indexes = List.of(); // made at the first match: most lists have none
        for (int i = 0; principals != null && i < principals.size(); i++) {
            if (principals.get(i) != null && isOneOf(principals.get(i), wanted)) {
                if (indexes.isEmpty()) {
                    indexes = new ArrayList<>();
                }
                indexes.add(i);
            }
        }
        return indexes;
    }

    /** The index of the first principal in {@code principals} that is one of {@code wanted}, or -1. */
    public static int indexOfAny(List<String> principals, Set<String> wanted) {
        for (int i = 0; i < principals.size(); i++) {
            if (principals.get(i) != null && isOneOf(principals.get(i), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The indexes of the entries that are not names (a mapping or list written where a name belongs). */
    public static List<Integer> unreadable(List<String> principals) {
        List<Integer> indexes = List.of(); // made at the first match: most lists have none
        for (int i = 0; principals != null && i < principals.size(); i++) {
            if (principals.get(i) == null) {
                if (indexes.isEmpty()) {
                    indexes = new ArrayList<>();
                }
                indexes.add(i);
            }
        }
        return indexes;
    }
}
