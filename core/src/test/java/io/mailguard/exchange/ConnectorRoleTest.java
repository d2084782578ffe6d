package io.mailguard.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ConnectorRoleTest {

    private record Entry(String user, String sid, List<String> extendedRights, boolean deny) implements AdPermissionEntry {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "exchange-2019|Default Frontend EX19-01|FrontendTransport|false|internet-bridgehead",
            "exchange-2016|default frontend EX16-01|FrontendTransport|false|internet-bridgehead",
            "exchange-2019|Client Frontend EX19-01|FrontendTransport|false|client-submission",
            "exchange-2013|Client Proxy EX13-01|HubTransport|false|client-submission",
            "exchange-se|Default EXSE-01|HubTransport|false|internal",
            "exchange-2019|Outbound Proxy Frontend EX19-01|FrontendTransport|false|internal",
            "exchange-2019|Default Relay|FrontendTransport|false|unspecified",
            "exchange-2019|Printers|FrontendTransport|true|application-relay",
            "exchange-2019|Default Frontend EX19-01|FrontendTransport|true|internet-bridgehead",
            "exchange-2019|Partners|FrontendTransport|false|unspecified",
            "exchange-2010|Default EX10-01|-|false|unspecified",
            "exchange-2007|Client EX07-01|-|true|unspecified",
            "-|Default Frontend EX19-01|FrontendTransport|false|unspecified"})
    void isInferredFromTheDefaultConnectorsOn2013AndLater(String product, String name, String transportRole, boolean anonymousRelay,
            String expected) {
        assertEquals(expected, ConnectorRole.infer(product, name, transportRole, anonymousRelay).written());
    }

    @Test
    void namesEveryRoleAsTheYamlDoes() {
        for (ConnectorRole role : ConnectorRole.values()) {
            assertEquals(Optional.of(role), ConnectorRole.ofWritten(role.written()));
        }
        assertEquals(Optional.empty(), ConnectorRole.ofWritten("imap-pop"));
    }

    @Test
    void anonymousSendersRelayWhenGrantedTheRightOrExternallySecured() {
        Entry anonymous = new Entry("NT AUTHORITY\\ANONYMOUS LOGON", null, List.of("ms-Exch-SMTP-Accept-Any-Recipient"), false);
        Entry german = new Entry("NT-AUTORITÄT\\ANONYMOUS-ANMELDUNG", "S-1-5-7", List.of("Ms-Exch-SMTP-Accept-Any-Recipient"), false);
        Entry everyone = new Entry("Everyone", null, List.of("ms-Exch-SMTP-Submit", "ms-Exch-SMTP-Accept-Any-Recipient"), false);
        Entry authenticated = new Entry("NT AUTHORITY\\Authenticated Users", null, List.of("ms-Exch-SMTP-Accept-Any-Recipient"), false);
        Entry submitOnly = new Entry("NT AUTHORITY\\ANONYMOUS LOGON", null, List.of("ms-Exch-SMTP-Submit"), false);
        Entry denied = new Entry("S-1-5-7", null, List.of("ms-Exch-SMTP-Accept-Any-Recipient"), true);
        Entry deniedToEveryone = new Entry("Everyone", null, List.of("ms-Exch-SMTP-Accept-Any-Recipient"), true);
        List<String> anonymousUsers = List.of("AnonymousUsers");
        List<String> tls = List.of("Tls");
        assertTrue(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(anonymous)));
        assertTrue(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(german)));
        assertTrue(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(submitOnly, everyone)));
        assertEquals(List.of(1), AcceptAnyRecipient.anonymousGrants(List.of(submitOnly, everyone, authenticated)));
        assertFalse(AcceptAnyRecipient.heldByAnonymousSenders(List.of("ExchangeUsers"), tls, List.of(authenticated)));
        assertFalse(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(submitOnly)));
        assertFalse(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(anonymous, denied)));
        assertTrue(AcceptAnyRecipient.heldByAnonymousSenders(anonymousUsers, tls, List.of(anonymous, deniedToEveryone)));
        assertTrue(AcceptAnyRecipient.heldByAnonymousSenders(List.of("ExchangeServers"), List.of("Tls", "ExternalAuthoritative"), List.of()));
        assertFalse(AcceptAnyRecipient.heldByAnonymousSenders(List.of("ExchangeServers"), List.of("Tls", "ExchangeServer"), List.of()));
        assertFalse(AcceptAnyRecipient.heldByAnonymousSenders(null, null, List.of()));
    }
}
