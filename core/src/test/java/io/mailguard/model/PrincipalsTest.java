package io.mailguard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrincipalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Everyone|everyone",
        "' NT AUTHORITY\\Anonymous Logon '|anonymous logon",
        "'NT AUTHORITY\\ANONYMOUS   LOGON'|anonymous logon",
        "'Anonymous\tLogon'|anonymous logon",
        "Authenticated Users|authenticated users",
        "CONTOSO\\Exchange Servers|exchange servers",
        "S-1-5-7|anonymous logon",
        "s-1-1-0|everyone",
        "' S-1-5-11 '|authenticated users",
        "'NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG'|anonymous-anmeldung",
    })
    void comparesNamesAsWindowsDoes(String written, String normalized) {
        assertEquals(normalized, Principals.normalize(written));
        assertEquals(Set.of(normalized).contains(normalized), Principals.isOneOf(written, Set.of(normalized)));
        assertEquals(normalized.equals("everyone") || normalized.equals("anonymous logon"),
                Principals.isOneOf(written, Principals.UNAUTHENTICATED), written);
    }
}
