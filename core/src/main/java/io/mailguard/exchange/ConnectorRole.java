package io.mailguard.exchange;

import java.util.Optional;

/**
 * What a receive connector is for (SPEC §8), and how the role of a connector that does not say is
 * inferred on Exchange 2013 and later from the default connectors' names and transport roles.
 */
public enum ConnectorRole {

    /** Accepts incoming Internet mail: {@code Default Frontend <server>}. */
    INTERNET_BRIDGEHEAD("internet-bridgehead"),
    /** Carries mail between the organization's servers: {@code Default <server>} (HubTransport), {@code Outbound Proxy Frontend <server>}. */
    INTERNAL("internal"),
    /** Where authenticated POP and IMAP clients submit mail: {@code Client Frontend <server>}, {@code Client Proxy <server>}. */
    CLIENT_SUBMISSION("client-submission"),
    /** A dedicated connector for printers and applications: anonymous, scoped to their addresses, allowed to relay. */
    APPLICATION_RELAY("application-relay"),
    /** Receives mail from a partner organization. */
    PARTNER("partner"),
    /** Not declared, and not inferred. */
    UNSPECIFIED("unspecified");

    private final String written;

    ConnectorRole(String written) {
        this.written = written;
    }

    /** The role as the YAML writes it, {@code internet-bridgehead}. */
    public String written() {
        return written;
    }

    /** The role a YAML value names, or empty. */
    public static Optional<ConnectorRole> ofWritten(String text) {
        for (ConnectorRole role : values()) {
            if (role.written.equals(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** True for the products whose receive connectors have a transport role and whose default connectors tell their role: 2013 and later. */
    public static boolean inferredOn(String product) {
        return product != null && switch (product) {
            case "exchange-2013", "exchange-2016", "exchange-2019", "exchange-se" -> true;
            default -> false;
        };
    }

    /**
     * The role of a connector that does not declare one. On 2013 and later: {@code Default Frontend …} →
     * internet-bridgehead; {@code Client Frontend …}, {@code Client Proxy …} → client-submission;
     * {@code Default …} with HubTransport and {@code Outbound Proxy Frontend …} → internal; any other
     * connector is application-relay when anonymous senders may relay through it, else unspecified. On
     * 2007 and 2010 (and an unknown product) the same names served other purposes: unspecified.
     *
     * @param product the server's product as written, {@code exchange-2019}
     * @param name the connector's name
     * @param transportRole {@code FrontendTransport}, {@code HubTransport} or {@code null}
     * @param anonymousRelay whether anonymous senders hold Accept-Any-Recipient ({@link AcceptAnyRecipient})
     */
    public static ConnectorRole infer(String product, String name, String transportRole, boolean anonymousRelay) {
        if (!inferredOn(product) || name == null) {
            return UNSPECIFIED;
        }
        if (startsWith(name, "Default Frontend ")) {
            return INTERNET_BRIDGEHEAD;
        }
        if (startsWith(name, "Client Frontend ") || startsWith(name, "Client Proxy ")) {
            return CLIENT_SUBMISSION;
        }
        if (startsWith(name, "Outbound Proxy Frontend ") || (startsWith(name, "Default ") && "HubTransport".equals(transportRole))) {
            return INTERNAL;
        }
        return anonymousRelay ? APPLICATION_RELAY : UNSPECIFIED;
    }

    private static boolean startsWith(String name, String prefix) {
        return name.length() > prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
