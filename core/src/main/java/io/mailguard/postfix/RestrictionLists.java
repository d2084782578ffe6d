package io.mailguard.postfix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads restriction lists the way {@code smtpd_check.c} does, restriction classes included. */
final class RestrictionLists {

    /** Restrictions that take the next word as their argument. */
    static final Set<String> WITH_ARGUMENT = Set.of(
            "check_address_map", "check_ccert_access", "check_client_access", "check_client_a_access",
            "check_client_mx_access", "check_client_ns_access", "check_etrn_access", "check_helo_access",
            "check_helo_a_access", "check_helo_mx_access", "check_helo_ns_access", "check_policy_service",
            "check_recipient_access", "check_recipient_a_access", "check_recipient_mx_access",
            "check_recipient_ns_access", "check_reverse_client_hostname_access",
            "check_reverse_client_hostname_a_access", "check_reverse_client_hostname_mx_access",
            "check_reverse_client_hostname_ns_access", "check_sasl_access", "check_sender_access",
            "check_sender_a_access", "check_sender_mx_access", "check_sender_ns_access", "permit_dnswl_client",
            "permit_rhswl_client", "reject_rbl", "reject_rbl_client", "reject_rhsbl_client", "reject_rhsbl_helo",
            "reject_rhsbl_recipient", "reject_rhsbl_reverse_client", "reject_rhsbl_sender", "sleep");

    /** Restrictions that take no argument (Postfix 3.7's {@code smtpd_check.c}). */
    static final Set<String> WITHOUT_ARGUMENT = Set.of(
            "check_recipient_maps", "check_relay_domains", "defer", "defer_if_permit", "defer_if_reject",
            "defer_unauth_destination", "permit", "permit_auth_destination", "permit_inet_interfaces",
            "permit_mx_backup", "permit_mynetworks", "permit_naked_ip_address", "permit_sasl_authenticated",
            "permit_tls_all_clientcerts", "permit_tls_clientcerts", "reject", "reject_authenticated_sender_login_mismatch",
            "reject_invalid_helo_hostname", "reject_invalid_hostname", "reject_known_sender_login_mismatch",
            "reject_maps_rbl", "reject_multi_recipient_bounce", "reject_non_fqdn_helo_hostname",
            "reject_non_fqdn_hostname", "reject_non_fqdn_recipient", "reject_non_fqdn_sender",
            "reject_plaintext_session", "reject_sender_login_mismatch", "reject_unauth_destination",
            "reject_unauth_pipelining", "reject_unauth_sender_login_mismatch", "reject_unknown_address",
            "reject_unknown_client", "reject_unknown_client_hostname", "reject_unknown_helo_hostname",
            "reject_unknown_hostname", "reject_unknown_recipient_domain", "reject_unknown_reverse_client_hostname",
            "reject_unknown_sender_domain", "reject_unlisted_recipient", "reject_unlisted_sender",
            "reject_unverified_recipient", "reject_unverified_sender", "warn_if_reject");

    /** Every restriction name Postfix knows, each to itself. */
    private static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        WITH_ARGUMENT.forEach(name -> names.put(name, name));
        WITHOUT_ARGUMENT.forEach(name -> names.put(name, name));
        return Map.copyOf(names);
    }

    /** The string kept for a restriction name, or {@code word} itself when it names none (as written, case and all). */
    static String kept(String word) {
        return NAMES.getOrDefault(word, word);
    }

    /** The restrictions that make a list refuse relaying: at least one must work ({@code has_required()}). */
    static final Set<String> GUARDS = Set.of("reject_unauth_destination", "defer_unauth_destination", "reject",
            "defer", "defer_if_permit", "check_relay_domains");

    private static final List<String> CLASSES = List.of("smtpd_restriction_classes");

    /** The parameters a list is read from where no restriction class is declared, by list: asked for every service. */
    private static final Map<String, List<String>> INPUTS = new ConcurrentHashMap<>();
    /** The keys under which a list's guard is judged once for the services that share the list. */
    private static final Map<String, String> GUARD_KEYS = new ConcurrentHashMap<>();

    private RestrictionLists() {
    }

    /** The access check a bare {@code type:table} stands for in each list. */
    static String defaultAccess(String list) {
        return switch (list) {
            case "smtpd_client_restrictions" -> "check_client_access";
            case "smtpd_helo_restrictions" -> "check_helo_access";
            case "smtpd_sender_restrictions" -> "check_sender_access";
            default -> "check_recipient_access";
        };
    }

    /**
     * The steps of list {@code list}, restriction classes expanded in place: read once for all services of a
     * configuration when main.cf alone decides the list and its classes, and so shared by them (never written to).
     */
    static Restriction[] read(EffectiveParameters parameters, String list, Set<String> classes) {
        // a list's own name is its key: the other keys made this way hold a space, as no parameter name does
        return parameters.derived(list, inputs(list, classes), p -> {
            if (classes.isEmpty()) {
                return placed(p, list);
            }
            List<Restriction> steps = new ArrayList<>(p.list(list).size());
            read(p, list, p.list(list), defaultAccess(list), classes, new HashSet<>(), steps);
            return steps.toArray(Restriction[]::new);
        });
    }

    /**
     * A step as a list's text reads, its place aside.
     *
     * @param word the word that names it, as written
     * @param offset where that word starts in the text
     */
    private record Step(String name, String argument, String word, int offset, Restriction.Effect effect) {
    }

    /** The steps each text of each list reads as, where no restriction class is declared (then a text is all). */
    private static final Map<String, Kept<Step[]>> SHAPES = new ConcurrentHashMap<>();

    /** The steps of a list where no restriction class is declared: read once per text, placed in this value. */
    private static Restriction[] placed(EffectiveParameters parameters, String list) {
        PositionedText value = parameters.expanded(list);
        Step[] steps = SHAPES.computeIfAbsent(list, l -> new Kept<>(text -> shape(l, text))).of(value.text());
        Restriction[] placed = new Restriction[steps.length];
        for (int i = 0; i < steps.length; i++) {
            Step step = steps[i];
            placed[i] = new Restriction(step.name(), step.argument(), list, Word.in(step.word(), value, step.offset()),
                    step.effect());
        }
        return placed;
    }

    private static Step[] shape(String list, String text) {
        List<Restriction> read = new ArrayList<>();
        read(null, list, Lists.split(PositionedText.unlocated(text)), defaultAccess(list), Set.of(), null, read);
        Step[] steps = new Step[read.size()];
        for (int i = 0; i < steps.length; i++) {
            Restriction r = read.get(i);
            steps[i] = new Step(r.name(), r.argument(), r.word().text(), r.word().offset(), r.effect());
        }
        return steps;
    }

    /** The parameters a list is read from: itself, the restriction classes and their lists. */
    private static List<String> inputs(String list, Set<String> classes) {
        if (classes.isEmpty()) {
            return INPUTS.computeIfAbsent(list, l -> List.of(l, "smtpd_restriction_classes"));
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(list);
        inputs.add("smtpd_restriction_classes");
        inputs.addAll(classes);
        return inputs;
    }

    /** The names of the restriction classes ({@code smtpd_restriction_classes}). */
    static Set<String> classes(EffectiveParameters parameters) {
        return parameters.derived("restriction classes", CLASSES, p -> {
            Set<String> classes = new HashSet<>();
            p.list("smtpd_restriction_classes").forEach(w -> classes.add(w.text()));
            return Set.copyOf(classes);
        });
    }

    /**
     * Reads {@code words}, the items of list {@code list}, into {@code steps}; a restriction class is read from
     * {@code parameters} in place (there are none to read when {@code classes} is empty, and no set of open ones).
     */
    private static void read(EffectiveParameters parameters, String list, List<Word> words, String defaultAccess,
            Set<String> classes, Set<String> open, List<Restriction> steps) {
        if (open != null && !open.add(list)) {
            return;
        }
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String name = word.text().toLowerCase(Locale.ROOT);
            if (classes.contains(word.text()) && !WITH_ARGUMENT.contains(name) && !WITHOUT_ARGUMENT.contains(name)) {
                read(parameters, word.text(), parameters.list(word.text()), defaultAccess, classes, open, steps);
            } else if (word.text().indexOf(':') >= 0) {
                steps.add(restriction(defaultAccess, word.text(), list, word));
            } else if (WITH_ARGUMENT.contains(name) && i + 1 < words.size()) {
                steps.add(restriction(kept(name), words.get(++i).text(), list, word));
            } else {
                // a known name is kept once, not once for each service that writes it
                steps.add(restriction(kept(name), "", list, word));
            }
        }
        if (open != null) {
            open.remove(list);
        }
    }

    private static Restriction restriction(String name, String argument, String list, Word word) {
        return new Restriction(name, argument, list, word, effect(name, argument));
    }

    /** What a restriction does to a session (smtpd_check.c), classified once: every session of every service asks. */
    private static Restriction.Effect effect(String name, String argument) {
        if (WITH_ARGUMENT.contains(name)
                ? argument.isEmpty() || name.startsWith("check_") && argument.indexOf(':') < 0
                : !WITHOUT_ARGUMENT.contains(name)) {
            return Restriction.Effect.MISREAD;
        }
        return switch (name) {
            case "permit" -> Restriction.Effect.PERMIT;
            case "reject", "defer", "defer_if_permit" -> Restriction.Effect.REFUSE;
            case "reject_unauth_destination", "defer_unauth_destination" -> Restriction.Effect.REFUSE_FOREIGN;
            case "check_relay_domains" -> Restriction.Effect.RELAY_DOMAINS;
            case "permit_auth_destination" -> Restriction.Effect.PERMIT_OURS;
            case "permit_mynetworks" -> Restriction.Effect.PERMIT_MYNETWORKS;
            case "check_policy_service", "permit_dnswl_client", "permit_rhswl_client" -> Restriction.Effect.UNKNOWABLE;
            case "warn_if_reject" -> Restriction.Effect.WARN_IF_REJECT;
            default -> name.startsWith("check_") && name.endsWith("_access") ? Restriction.Effect.ACCESS
                    : Restriction.Effect.CONDITIONAL;
        };
    }

    /**
     * Whether a list holds a working guard, as Postfix's {@code has_required()} decides before smtpd starts:
     * a word after {@code warn_if_reject} is skipped, a bare {@code permit} ends the search.
     */
    static boolean hasGuard(EffectiveParameters parameters, String list, Set<String> classes) {
        return parameters.derived(GUARD_KEYS.computeIfAbsent(list, l -> l + " has a guard"), inputs(list, classes),
                p -> hasGuard(p, list, classes, classes.isEmpty() ? null : new HashSet<>()));
    }

    private static boolean hasGuard(EffectiveParameters parameters, String list, Set<String> classes, Set<String> open) {
        if (open != null && !open.add(list)) { // no restriction classes, no set: nothing to recurse into
            return false;
        }
        List<Word> words = parameters.list(list);
        for (int i = 0; i < words.size(); i++) {
            String name = words.get(i).text().toLowerCase(Locale.ROOT);
            if (name.equals("warn_if_reject") && i + 1 < words.size()) {
                i++;
                continue;
            }
            if (name.equals("permit")) {
                return false;
            }
            if (GUARDS.contains(name)) {
                return true;
            }
            if (classes.contains(words.get(i).text()) && hasGuard(parameters, words.get(i).text(), classes, open)) {
                return true;
            }
        }
        return false;
    }
}
