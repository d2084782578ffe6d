package io.mailguard.model;

import io.mailguard.Location;
import io.mailguard.postfix.SmtpdAnalysis;
import java.util.Map;

/**
 * One {@code master.cf} entry of a Postfix server, from a file or written inline, as policies and the
 * Postfix rules see it.
 *
 * @param server the server's name
 * @param service the service name ({@code smtp}, {@code submission}, {@code 10.0.0.5:2525})
 * @param type {@code inet}, {@code unix}, {@code unix-dgram}, {@code fifo} or {@code pass}
 * @param command the command ({@code smtpd})
 * @param options its {@code -o} overrides as written, name → value, in order
 * @param parameters its effective parameters: the overrides, then {@code main.cf}, then Postfix's defaults for
 *     the compatibility level, {@code $name} expanded; name → text (the parameters the files set and those whose
 *     defaults MailGuard models)
 * @param role its effective role: written in {@code roles}, or the default of its name (SPEC §9)
 * @param at where it stands: its {@code master.cf} line, or its YAML {@code services} entry
 * @param analysis for an {@code smtpd} service that takes SMTP from the network, what MailGuard concludes from
 *     its parameters; {@code null} for any other service
 */
public record PostfixService(
        String server,
        String service,
        String type,
        String command,
        Map<String, String> options,
        Map<String, String> parameters,
        Role role,
        Location at,
        SmtpdAnalysis analysis) {

    /** The name findings use: {@code MX1/submission}. */
    public String name() {
        return server + "/" + service;
    }
}
