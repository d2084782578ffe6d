package io.mailguard.postfix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Postfix 3.7's defaults for the parameters MailGuard judges, for a compatibility level, each with its
 * source in Postfix's {@code postconf.proto} (what {@code postconf -d} prints). Parameters whose default
 * Postfix derives from the host ({@code myhostname}, {@code mydomain}, {@code mynetworks}) have none here.
 */
public final class PostfixDefaults {

    /**
     * A default value.
     *
     * @param name the parameter
     * @param value the value as {@code postconf -d} would print it at that level
     * @param source where Postfix defines it
     * @param text the value as a text no file holds, made once
     */
    public record Default(String name, String value, String source, PositionedText text) {

        Default(String name, String value, String source) {
            this(name, value, source, PositionedText.unlocated(value));
        }
    }

    /** Parameters whose defaults come from the host running Postfix, not from Postfix. */
    public static final Set<String> HOST_DERIVED = Set.of("myhostname", "mydomain", "mynetworks", "myorigin");

    private static final String PROTO = "postconf.proto (Postfix 3.7), ";

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("smtpd_recipient_restrictions", ""),
            Map.entry("smtpd_client_restrictions", ""),
            Map.entry("smtpd_helo_restrictions", ""),
            Map.entry("smtpd_sender_restrictions", ""),
            Map.entry("smtpd_restriction_classes", ""),
            Map.entry("smtpd_delay_reject", "yes"),
            Map.entry("mydestination", "$myhostname, localhost.$mydomain, localhost"),
            Map.entry("smtpd_sasl_auth_enable", "no"),
            Map.entry("smtpd_sasl_security_options", "noanonymous"),
            Map.entry("smtpd_tls_auth_only", "no"),
            Map.entry("smtpd_tls_security_level", ""),
            Map.entry("smtpd_enforce_tls", "no"),
            Map.entry("smtpd_use_tls", "no"),
            Map.entry("smtpd_tls_wrappermode", "no"),
            Map.entry("permit_mx_backup_networks", ""),
            Map.entry("virtual_alias_domains", "$virtual_alias_maps"),
            Map.entry("virtual_alias_maps", "$virtual_maps"),
            Map.entry("virtual_maps", ""),
            Map.entry("virtual_mailbox_domains", "$virtual_mailbox_maps"),
            Map.entry("virtual_mailbox_maps", ""),
            Map.entry("smtpd_authorized_xclient_hosts", ""),
            Map.entry("parent_domain_matches_subdomains", "debug_peer_list,fast_flush_domains,mynetworks,"
                    + "permit_mx_backup_networks,qmqpd_authorized_clients,relay_domains,smtpd_access_maps"));

    /** The defaults that do not depend on the level, made once: the analysis asks for them for every service. */
    private static final Map<String, Optional<Default>> FIXED_DEFAULTS = fixedDefaults();

    private static final Optional<Default> LEVEL_0 = of("compatibility_level", "0", "compatibility_level: 0");
    private static final String RELAY_SOURCE = "smtpd_relay_restrictions: permit_mynetworks, permit_sasl_authenticated,"
            + " defer_unauth_destination at compatibility_level 1 or later, empty below";
    private static final Optional<Default> RELAY_BELOW_1 = of("smtpd_relay_restrictions", "", RELAY_SOURCE);
    private static final Optional<Default> RELAY_FROM_1 = of("smtpd_relay_restrictions",
            "permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination", RELAY_SOURCE);
    private static final String ORDER_SOURCE =
            "smtpd_relay_before_recipient_restrictions: yes at compatibility_level 3.6 or later, no below";
    private static final Optional<Default> ORDER_BELOW_3_6 = of("smtpd_relay_before_recipient_restrictions", "no", ORDER_SOURCE);
    private static final Optional<Default> ORDER_FROM_3_6 = of("smtpd_relay_before_recipient_restrictions", "yes", ORDER_SOURCE);
    private static final String STYLE_SOURCE = "mynetworks_style: host at compatibility_level 2 or later, subnet below";
    private static final Optional<Default> STYLE_BELOW_2 = of("mynetworks_style", "subnet", STYLE_SOURCE);
    private static final Optional<Default> STYLE_FROM_2 = of("mynetworks_style", "host", STYLE_SOURCE);
    private static final String DOMAINS_SOURCE = "relay_domains: empty at compatibility_level 2 or later, $mydestination below";
    private static final Optional<Default> DOMAINS_BELOW_2 = of("relay_domains", "$mydestination", DOMAINS_SOURCE);
    private static final Optional<Default> DOMAINS_FROM_2 = of("relay_domains", "", DOMAINS_SOURCE);

    private PostfixDefaults() {
    }

    /** The default of {@code name} at {@code level}, or empty when MailGuard does not model it. */
    public static Optional<Default> of(String name, CompatibilityLevel level) {
        return switch (name) {
            case "compatibility_level" -> LEVEL_0;
            case "smtpd_relay_restrictions" -> level.below(1, 0) ? RELAY_BELOW_1 : RELAY_FROM_1;
            case "smtpd_relay_before_recipient_restrictions" -> level.below(3, 6) ? ORDER_BELOW_3_6 : ORDER_FROM_3_6;
            case "mynetworks_style" -> level.below(2, 0) ? STYLE_BELOW_2 : STYLE_FROM_2;
            case "relay_domains" -> level.below(2, 0) ? DOMAINS_BELOW_2 : DOMAINS_FROM_2;
            default -> FIXED_DEFAULTS.getOrDefault(name, Optional.empty());
        };
    }

    private static Optional<Default> of(String name, String value, String source) {
        return Optional.of(new Default(name, value, PROTO + source));
    }

    private static Map<String, Optional<Default>> fixedDefaults() {
        Map<String, Optional<Default>> defaults = new HashMap<>();
        FIXED.forEach((name, value) -> defaults.put(name, of(name, value, name + ": " + (value.isEmpty() ? "empty" : value))));
        return Map.copyOf(defaults);
    }

    private static final Set<String> MODELLED = modelledNames();

    /** Every name that a modelled default refers to, at any level: the few a service's override can reach through. */
    private static final Set<String> REFERENCED = referencedNames();

    /** The parameters whose defaults MailGuard models. */
    public static Set<String> modelled() {
        return MODELLED;
    }

    /** Every name that a default refers to at some level ({@code $mydestination} in {@code relay_domains} below 2). */
    static Set<String> referenced() {
        return REFERENCED;
    }

    private static Set<String> referencedNames() {
        Set<String> names = new HashSet<>();
        for (CompatibilityLevel level : List.of(CompatibilityLevel.BUILT_IN, new CompatibilityLevel(3, 6, 0, null))) {
            for (String name : MODELLED) {
                of(name, level).ifPresent(d -> Expansion.references(d.value()).forEach(r -> names.add(r.name())));
            }
        }
        return Set.copyOf(names);
    }

    private static Set<String> modelledNames() {
        Set<String> names = new HashSet<>(FIXED.keySet());
        names.addAll(Set.of("compatibility_level", "smtpd_relay_restrictions", "smtpd_relay_before_recipient_restrictions",
                "mynetworks_style", "relay_domains"));
        return Set.copyOf(names);
    }

    /** True when Postfix 3.7 knows a parameter of this name ({@code postconf -d} lists it). */
    public static boolean known(String name) {
        return Known.NAMES.contains(name);
    }

    /** Postfix's parameter names, read on first use: most configurations never ask. */
    private static final class Known {
        static final Set<String> NAMES = load();
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = PostfixDefaults.class.getResourceAsStream("/mailguard/postfix/parameters-3.7.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
