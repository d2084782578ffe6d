package io.mailguard.model;

import java.util.List;

/**
 * A mail server.
 *
 * @param product the product, or {@code null} when not declared
 * @param mailboxes the mailboxes it hosts, or {@code null} when unknown
 */
public record Server(
        Source source,
        String name,
        Product product,
        boolean smallBusinessServer,
        Integer mailboxes,
        List<SmtpVirtualServer> virtualServers) {
}
