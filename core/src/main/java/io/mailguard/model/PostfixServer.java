package io.mailguard.model;

import io.mailguard.Location;
import io.mailguard.postfix.PostfixConfig;
import java.util.List;

/**
 * A server of {@code product: postfix} and the configuration it was read with.
 *
 * @param source where the server is declared
 * @param name the server's name
 * @param config its {@code main.cf} and {@code master.cf}, or {@code null} when they could not be read (the
 *     reason is a finding of its own)
 * @param configAt where the configuration is: the first line of {@code main.cf}, or the YAML {@code postfix} key
 * @param services its {@code master.cf} entries
 */
public record PostfixServer(Source source, String name, PostfixConfig config, Location configAt,
        List<PostfixService> services) {

    public PostfixServer {
        services = List.copyOf(services);
    }
}
