package io.mailguard.model;

import java.util.List;

/**
 * A mail server.
 *
 * @param product the product; absent when not declared
 * @param smallBusinessServer Small Business Server 2000/2003 (absent means false)
 * @param mailboxes the mailboxes it hosts; absent when unknown
 */
public record Server(
        Source source,
        String name,
        Value<Product> product,
        Value<Boolean> smallBusinessServer,
        Value<Integer> mailboxes,
        List<SmtpVirtualServer> virtualServers,
        List<ReceiveConnector> receiveConnectors) {
}
