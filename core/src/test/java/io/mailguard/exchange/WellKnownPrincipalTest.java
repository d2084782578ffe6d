package io.mailguard.exchange;

import static io.mailguard.exchange.WellKnownPrincipal.ANONYMOUS_LOGON;
import static io.mailguard.exchange.WellKnownPrincipal.AUTHENTICATED_USERS;
import static io.mailguard.exchange.WellKnownPrincipal.EVERYONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WellKnownPrincipalTest {

    @Test
    void readsEnglishNamesWithOrWithoutTheAuthority() {
        assertEquals(Optional.of(ANONYMOUS_LOGON), WellKnownPrincipal.of("NT AUTHORITY\\ANONYMOUS LOGON"));
        assertEquals(Optional.of(ANONYMOUS_LOGON), WellKnownPrincipal.of("Anonymous  Logon"));
        assertEquals(Optional.of(ANONYMOUS_LOGON), WellKnownPrincipal.of("AUTORITE NT\\ANONYMOUS LOGON"));
        assertEquals(Optional.of(EVERYONE), WellKnownPrincipal.of("Everyone"));
        assertEquals(Optional.of(EVERYONE), WellKnownPrincipal.of("\\Everyone"));
        assertEquals(Optional.of(AUTHENTICATED_USERS), WellKnownPrincipal.of("NT AUTHORITY\\Authenticated Users"));
        assertEquals(Optional.empty(), WellKnownPrincipal.of("CONTOSO\\App Servers"));
        assertEquals(Optional.empty(), WellKnownPrincipal.of("MS Exchange\\Externally Secured Servers"));
        assertEquals(Optional.empty(), WellKnownPrincipal.of(null));
    }

    @Test
    void readsWellKnownSids() {
        assertEquals(Optional.of(ANONYMOUS_LOGON), WellKnownPrincipal.of("S-1-5-7"));
        assertEquals(Optional.of(EVERYONE), WellKnownPrincipal.of("s-1-1-0"));
        assertEquals(Optional.of(AUTHENTICATED_USERS), WellKnownPrincipal.of("S-1-5-11"));
        assertEquals(Optional.empty(), WellKnownPrincipal.of("S-1-5-21-3623811015-3361044348-30300820-1013"));
        assertEquals("S-1-5-7", ANONYMOUS_LOGON.sid());
    }

    @Test
    void aSidBesideANameInAnotherLanguageDecides() {
        assertEquals(Optional.empty(), WellKnownPrincipal.of("NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG"));
        assertEquals(Optional.of(ANONYMOUS_LOGON), WellKnownPrincipal.of("NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG", "S-1-5-7"));
        assertEquals(Optional.of(EVERYONE), WellKnownPrincipal.of("Jeder", "S-1-1-0"));
        assertEquals(Optional.of(AUTHENTICATED_USERS), WellKnownPrincipal.of("AUTORITE NT\\Utilisateurs authentifiés", "S-1-5-11"));
        assertEquals(Optional.empty(), WellKnownPrincipal.of("Everyone", "S-1-5-21-1-2-3-500"));
    }
}
