package io.mailguard.rules;

import io.mailguard.Location;
import io.mailguard.model.PostfixServer;
import io.mailguard.model.PostfixService;
import io.mailguard.model.Topology;
import java.util.ArrayList;
import java.util.List;

/** The Postfix {@code smtpd} services that take SMTP from the network, as the Postfix rules see them. */
final class SmtpdServices {

    private SmtpdServices() {
    }

    /** Every such service of the topology, with its analysis. */
    static List<PostfixService> of(Topology topology) {
        List<PostfixService> services = new ArrayList<>();
        for (PostfixServer server : topology.postfixServers()) {
            addAnalysed(server, services);
        }
        return services;
    }

    /** A server's analysed services (a method of its own, so that it is compiled once it is hot). */
    private static void addAnalysed(PostfixServer server, List<PostfixService> services) {
        for (PostfixService service : server.services()) {
            if (service.analysis() != null) {
                services.add(service);
            }
        }
    }

    /** Where something is written, or for a Postfix default (no place), the service's own line. */
    static Location at(Location written, PostfixService service) {
        return written != null ? written : service.at();
    }
}
