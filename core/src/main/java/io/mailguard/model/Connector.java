package io.mailguard.model;

import java.util.List;

/**
 * An SMTP connector. In each list, an entry that is not text is {@code null}.
 */
public record Connector(Source source, String name, List<String> sourceVirtualServers, List<String> addressSpaces,
        List<String> relayDomains) {
}
