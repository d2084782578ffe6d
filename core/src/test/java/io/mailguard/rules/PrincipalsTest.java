package io.mailguard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void comparesNamesAsWindowsDoes(String written, String normalized) {
        assertEquals(normalized, Principals.normalize(written));
    }
}
