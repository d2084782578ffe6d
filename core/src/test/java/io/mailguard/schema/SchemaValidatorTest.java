package io.mailguard.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Finding;
import io.mailguard.load.LoadLimits;
import io.mailguard.load.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaValidatorTest {

    private static final SchemaValidator SCHEMA = SchemaValidator.forConfiguration();

    private static List<Finding> validate(String yaml) {
        var document = new YamlLoader(LoadLimits.DEFAULT).load(yaml.getBytes(StandardCharsets.UTF_8), "mail/x.yaml").document();
        return SCHEMA.validate(document);
    }

    private static String only(List<Finding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        Finding finding = findings.get(0);
        assertEquals("MG100", finding.rule().id());
        return finding.location() + " " + finding.message();
    }

    private static final String SERVER = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EXCH02
                smtpVirtualServers:
                  - name: Internal SMTP
                    role: internal
            """;

    @Test
    void acceptsAValidFile() {
        assertEquals(List.of(), validate(SERVER + "        authentication: {anonymous: false}\n"));
    }

    @Test
    void yaml11BooleansFailAtTheirValueAndSaySo() {
        String message = only(validate(SERVER + "        authentication:\n          anonymous: yes\n"));
        assertEquals("mail/x.yaml:9:22 `servers[0].smtpVirtualServers[0].authentication.anonymous` must be true or false,"
                + " not a string `yes` (YAML 1.2 reads yes, no, on and off as strings: write true or false)", message);
    }

    @Test
    void unknownKeysPointAtTheKeyWithASuggestion() {
        String message = only(validate(SERVER + "        authentication:\n          anonymus: false\n"));
        assertEquals("mail/x.yaml:9:11 unknown key `anonymus` in `servers[0].smtpVirtualServers[0].authentication`;"
                + " did you mean `anonymous`?", message);
    }

    @Test
    void unknownKeysFarFromAnyKnownOneListTheAllowedKeys() {
        String message = only(validate(SERVER + "        colour: blue\n"));
        assertTrue(message.startsWith("mail/x.yaml:8:9 unknown key `colour`"), message);
        assertTrue(message.contains("the keys allowed here are"), message);
    }

    @Test
    void missingRequiredKeysPointAtTheParentMapping() {
        String message = only(validate("apiVersion: mailguard/v1\norganization: contoso\nservers:\n  - product: other\n"));
        assertEquals("mail/x.yaml:4:5 `servers[0]` is missing the required key `name`; add it", message);
        String top = only(validate("apiVersion: mailguard/v1\nservers: []\n"));
        assertEquals("mail/x.yaml:1:1 the file is missing the required key `organization`; add it", top);
    }

    @Test
    void enumsSuggestTheClosestValue() {
        String message = only(validate(SERVER.replace("role: internal", "role: internet-bridghead")));
        assertTrue(message.startsWith("mail/x.yaml:7:15 `internet-bridghead` is not a valid `servers[0].smtpVirtualServers[0].role`;"
                + " did you mean `internet-bridgehead`?"), message);
    }

    @Test
    void datesMustBeIsoDates() {
        String message = only(validate(SERVER + """
                        anonymousAccessException:
                          reason: partners
                          approvedBy: security
                          expires: 30/06/2027
                """));
        assertTrue(message.startsWith("mail/x.yaml:11:20 "), message);
        assertTrue(message.contains("write a date as YYYY-MM-DD"), message);
    }

    @Test
    void numbersKeepWhatTheUserWrote() {
        String octal = only(validate(SERVER + "        bindings:\n          - {address: all-unassigned, port: 0600}\n"));
        assertTrue(octal.contains("must be a whole number, not a string `0600` (a leading zero is not accepted"), octal);
        String range = only(validate(SERVER + "        bindings:\n          - {address: all-unassigned, port: 70000}\n"));
        assertTrue(range.contains("it must be at most 65535"), range);
    }

    @Test
    void wrongApiVersionIsNamed() {
        String message = only(validate("apiVersion: mailguard/v2\norganization: contoso\n"));
        assertEquals("mail/x.yaml:1:13 `apiVersion` must be `mailguard/v1`, not `mailguard/v2`", message);
    }

    @Test
    void reportsEveryLeafViolation() {
        List<Finding> findings = validate(SERVER + "        authentication: {anonymous: on, basic: 1}\n        relay: {restriction: open}\n");
        assertEquals(3, findings.size(), findings.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/schema.json", "https://example.com/schema.json", "file:///etc/passwd"})
    void neverFetchesARemoteReference(String uri) {
        JSONObject schema = new JSONObject("{\"$schema\": \"http://json-schema.org/draft-07/schema#\", \"properties\": {\"a\": {\"$ref\": \"" + uri + "\"}}}");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> SchemaValidator.compile(schema));
        String messages = refused + " " + refused.getCause();
        assertTrue(messages.contains("MailGuard never fetches schemas"), messages);
    }

    private static final String EXCHANGE_2019 = """
            apiVersion: mailguard/v1
            organization: contoso
            servers:
              - name: EX19-01
                product: exchange-2019
                receiveConnectors:
                  - name: Default Frontend EX19-01
                    transportRole: FrontendTransport
                    role: internet-bridgehead
                    bindings: ["0.0.0.0:25", "[::]:25"]
                    remoteIPRanges: ["0.0.0.0-255.255.255.255", "::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"]
                    permissionGroups: [AnonymousUsers, ExchangeServers, ExchangeLegacyServers]
                    authMechanism: [Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer]
                    requireTLS: false
                    adPermissions:
                      - user: NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG
                        sid: S-1-5-7
                        extendedRights: [ms-Exch-SMTP-Accept-Any-Recipient]
                        deny: false
            acceptedDomains:
              - name: Contoso
                domainName: "*.contoso.com"
                domainType: Authoritative
            """;

    @Test
    void acceptsReceiveConnectorsAndAcceptedDomains() {
        assertEquals(List.of(), validate(EXCHANGE_2019));
        assertEquals(List.of(), validate(EXCHANGE_2019.replace("exchange-2019", "exchange-se")));
        assertEquals(List.of(), validate(SERVER.replace("role: internal", "role: client-submission")));
    }

    @Test
    void receiveConnectorEnumsAreSpelledAsExchangeSpellsThem() {
        assertEquals("mail/x.yaml:13:42 `basicauth` is not a valid `servers[0].receiveConnectors[0].authMechanism[2]`;"
                + " did you mean `BasicAuth`? (allowed: BasicAuth, BasicAuthRequireTLS, ExchangeServer, ExternalAuthoritative,"
                + " Integrated, None, Tls)", only(validate(EXCHANGE_2019.replace("Integrated, BasicAuth,", "Integrated, basicauth,"))));
        assertEquals("mail/x.yaml:23:17 `InternalRelais` is not a valid `acceptedDomains[0].domainType`; did you mean"
                + " `InternalRelay`? (allowed: Authoritative, ExternalRelay, InternalRelay)",
                only(validate(EXCHANGE_2019.replace("domainType: Authoritative", "domainType: InternalRelais"))));
    }

    @Test
    void eachProductHasItsOwnKindOfListener() {
        assertEquals("mail/x.yaml:6:5 `servers[0].receiveConnectors` is not allowed here: receive connectors belong to"
                + " exchange-2007 and later servers; Exchange 2000 and 2003 have smtpVirtualServers",
                only(validate(EXCHANGE_2019.replace("exchange-2019", "exchange-2003"))));
        assertEquals("mail/x.yaml:6:5 `servers[0].smtpVirtualServers` is not allowed here: SMTP virtual servers belong to"
                + " exchange-2000, exchange-2003 and other servers; Exchange 2007 and later have receiveConnectors",
                only(validate(SERVER.replace("    smtpVirtualServers:", "    product: exchange-2010\n    smtpVirtualServers:"))));
        // a server whose product is not given may have either
        assertEquals(List.of(), validate(EXCHANGE_2019.replace("    product: exchange-2019\n", "")));
    }
}
