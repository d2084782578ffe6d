package io.mailguard.model;

import java.util.List;

/** An SMTP connector. */
public record Connector(Source source, String name, List<String> sourceVirtualServers, List<String> addressSpaces, List<String> relayDomains) {
}
