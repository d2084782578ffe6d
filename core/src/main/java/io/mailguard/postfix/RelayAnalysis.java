package io.mailguard.postfix;

import io.mailguard.Location;
import io.mailguard.model.Address;
import io.mailguard.model.IpRange;
import io.mailguard.postfix.SmtpdAnalysis.Access;
import io.mailguard.postfix.SmtpdAnalysis.Outcome;
import io.mailguard.postfix.SmtpdAnalysis.Probe;
import io.mailguard.postfix.SmtpdAnalysis.RelayKind;
import io.mailguard.postfix.SmtpdAnalysis.RelayScope;
import io.mailguard.postfix.SmtpdAnalysis.RelayVerdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks an {@code smtpd} service's restriction lists the way Postfix evaluates them at {@code RCPT TO}
 * ({@code smtpd_check_rcpt()}): with {@code smtpd_delay_reject} the client, HELO and sender lists first,
 * then the relay and recipient lists in the configured order; in each list the first restriction that
 * decides wins, and the mail must pass every list.
 */
public final class RelayAnalysis {

    private static final List<String> EARLY_LISTS = List.of(
            "smtpd_client_restrictions", "smtpd_helo_restrictions", "smtpd_sender_restrictions");
    private static final String RELAY = "smtpd_relay_restrictions";
    private static final String RECIPIENT = "smtpd_recipient_restrictions";
    private static final List<String> DESTINATION = List.of("mydestination");

    /** What one restriction does to one client. */
    private enum Step { PERMIT, REFUSE, DUNNO, UNKNOWN }

    /** How a whole session ends for one client. */
    private record Session(Outcome outcome, Restriction decidedBy, List<Restriction> unknowns) {
    }

    private final EffectiveParameters parameters;
    private final Set<String> classes;
    /** The five lists in the order a session walks them: arrays, as every session of every service walks them. */
    private final Restriction[][] lists = new Restriction[5][];
    /** What the lists hold, found in one pass: most services hold no access table, no misread word, no mx backup. */
    private boolean accessChecks;
    private boolean misread;
    private boolean mxBackup;
    /** Where each permitting entry of an inline table is written; made when a list has such a table. */
    private Map<AccessTable.Entry, Location> entryPlaces;

    private RelayAnalysis(EffectiveParameters parameters) {
        this.parameters = parameters;
        this.classes = RestrictionLists.classes(parameters);
        for (int i = 0; i < EARLY_LISTS.size(); i++) {
            lists[i] = RestrictionLists.read(parameters, EARLY_LISTS.get(i), classes);
        }
        boolean relayFirst = parameters.yes("smtpd_relay_before_recipient_restrictions");
        lists[3] = RestrictionLists.read(parameters, relayFirst ? RELAY : RECIPIENT, classes);
        lists[4] = RestrictionLists.read(parameters, relayFirst ? RECIPIENT : RELAY, classes);
        for (Restriction[] list : lists) {
            for (Restriction restriction : list) {
                switch (restriction.effect()) {
                    case ACCESS -> accessChecks = true;
                    case MISREAD -> misread = true;
                    case CONDITIONAL -> mxBackup |= restriction.name().equals("permit_mx_backup");
                    default -> {
                    }
                }
            }
        }
    }

    /** The analysis of every {@code inet} {@code smtpd} service of a configuration. */
    public static List<SmtpdAnalysis> analyse(PostfixConfig config) {
        EffectiveParameters mainCf = EffectiveParameters.of(config, null);
        List<SmtpdAnalysis> analyses = new ArrayList<>();
        SmtpdAnalysis mainCfAlone = null; // of a service that overrides nothing: main.cf's values, the same for each
        for (MasterService service : config.smtpdServices()) {
            if (!service.overrides().isEmpty()) {
                analyses.add(analyse(mainCf.of(service), service));
            } else if (mainCfAlone == null) {
                mainCfAlone = analyse(mainCf.of(service), service);
                analyses.add(mainCfAlone);
            } else {
                analyses.add(mainCfAlone.of(service));
            }
        }
        return analyses;
    }

    /** The analysis of one service. */
    public static SmtpdAnalysis analyse(PostfixConfig config, MasterService service) {
        return analyse(EffectiveParameters.of(config, service), service);
    }

    private static SmtpdAnalysis analyse(EffectiveParameters parameters, MasterService service) {
        RelayAnalysis analysis = new RelayAnalysis(parameters);
        Location tls = parameters.expanded("smtpd_tls_security_level").text().trim().equalsIgnoreCase("encrypt")
                ? parameters.at("smtpd_tls_security_level")
                : parameters.yes("smtpd_enforce_tls") ? parameters.at("smtpd_enforce_tls") : null;
        boolean tlsForPasswords = tls != null || parameters.yes("smtpd_tls_auth_only") || parameters.yes("smtpd_tls_wrappermode");
        Location saslWithoutTls = parameters.yes("smtpd_sasl_auth_enable") && !tlsForPasswords
                ? parameters.at("smtpd_sasl_auth_enable") : null;
        Networks networks = Networks.of(parameters);
        Word classNetworks = networks.derivedStyle().equalsIgnoreCase("class")
                ? new Word("mynetworks_style = class", networks.derivedAt()) : null;
        // the analysis keeps facts, not the parameters: a model of many services holds only what its rules read
        Location relayListAt = parameters.at(RELAY);
        Location guardListAt = relayListAt != null ? relayListAt : parameters.at(RECIPIENT);
        return new SmtpdAnalysis(service, parameters.compatibilityLevel(), analysis.relay(networks),
                analysis.mxBackupUnrestricted(), classNetworks, analysis.localMail(), tls, saslWithoutTls,
                analysis.unknownRestrictions(), parameters.list("relay_domains"), guardListAt);
    }

    private RelayVerdict relay(Networks networks) {
        if (!RestrictionLists.hasGuard(parameters, RELAY, classes) && !RestrictionLists.hasGuard(parameters, RECIPIENT, classes)) {
            return noGuard();
        }
        // main.cf's networks as they are, shared by the services that take them; copied only to add to them
        List<Word> undecidable = List.of();
        List<Word> ranges = List.of();
        List<Address> addresses = List.of();
        String derivedStyle = "";
        Session inside = session(Probe.STRANGER, true, true);
        if (inside.outcome() == Outcome.ACCEPTED) {
            ranges = networks.ranges();
            addresses = networks.addresses();
            undecidable = networks.unreadable();
            derivedStyle = networks.derivedStyle();
            if (derivedStyle.equalsIgnoreCase("subnet")) {
                undecidable = plus(undecidable, new Word("mynetworks_style = subnet", networks.derivedAt()));
            }
        }
        List<Word> permitted = permittedClientAddresses();
        for (int i = 0; i < permitted.size(); i++) { // indexed loops here: every service runs them, most on empty lists
            Word address = permitted.get(i);
            Probe probe = new Probe(address.text(), Probe.STRANGER.helo(), Probe.STRANGER.sender(), Probe.STRANGER.recipient());
            if (session(probe, false, true).outcome() == Outcome.ACCEPTED) {
                String range = range(address.text());
                ranges = plus(ranges, new Word(range, address.at()));
                addresses = plus(addresses, Address.of(range));
            }
        }
        Session stranger = session(Probe.STRANGER, false, true);
        Session open = stranger;
        Probe witness = Probe.STRANGER;
        List<Probe> forgeable = forgeable();
        for (int i = 0; i < forgeable.size(); i++) {
            Probe candidate = forgeable.get(i);
            if (open.outcome() == Outcome.ACCEPTED) {
                break;
            }
            Session tried = session(candidate, false, true);
            if (tried.outcome() == Outcome.ACCEPTED) {
                open = tried;
                witness = candidate;
            }
        }
        if (open.outcome() == Outcome.ACCEPTED) {
            return open(open, witness, new RelayScope(ranges, addresses, true, derivedStyle, networks.derivedAt()), undecidable);
        }
        RelayScope scope = new RelayScope(ranges, addresses, false, derivedStyle, networks.derivedAt());
        if (stranger.outcome() == Outcome.UNKNOWN) {
            return undecidable(stranger, scope, undecidable);
        }
        return new RelayVerdict(RelayKind.GUARDED, stranger.decidedBy(), null,
                ranges.isEmpty() && derivedStyle.isEmpty() ? RelayScope.NONE : scope, undecidable, null);
    }

    // the verdicts other than a guard that works stand in methods of their own: the common case compiles small,
    // and early, for every service

    private RelayVerdict noGuard() {
        Restriction disabler = guardDisabler();
        return new RelayVerdict(RelayKind.NO_GUARD, disabler, null, RelayScope.NONE, List.of(),
                "neither smtpd_relay_restrictions nor smtpd_recipient_restrictions has a working"
                        + " reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or"
                        + " check_relay_domains" + (disabler == null ? ""
                                : " (" + disabler.name() + " disables the one after it)")
                        + ": Postfix refuses to run smtpd (\"specify at least one working instance of …\")");
    }

    private static RelayVerdict open(Session open, Probe witness, RelayScope scope, List<Word> undecidable) {
        return new RelayVerdict(RelayKind.OPEN, open.decidedBy(), witness, scope, undecidable,
                "an unauthenticated client outside mynetworks relays to any domain"
                        + (open.decidedBy() == null ? ": no restriction refuses it"
                                : ": " + open.decidedBy().text() + " in " + open.decidedBy().list()
                                        + " permits it before the relay guard")
                        + (witness == Probe.STRANGER ? "" : " (with HELO " + witness.helo() + ", MAIL FROM <"
                                + witness.sender() + ">)"));
    }

    private static RelayVerdict undecidable(Session stranger, RelayScope scope, List<Word> undecidable) {
        List<Word> more = undecidable;
        for (Restriction unknown : stranger.unknowns()) {
            more = plus(more, new Word(unknown.text(), unknown.at()));
        }
        return new RelayVerdict(RelayKind.UNDECIDABLE, null, null, scope, more,
                "relaying depends on " + stranger.unknowns().get(0).text() + " in " + stranger.unknowns().get(0).list()
                        + ", which could permit a client before the relay guard and which MailGuard cannot see");
    }

    private static <T> List<T> plus(List<T> items, T item) {
        List<T> more = new ArrayList<>(items.size() + 1);
        more.addAll(items);
        more.add(item);
        return more;
    }

    /** The bare {@code permit} or {@code warn_if_reject} placed before a guard, if any. */
    private Restriction guardDisabler() {
        for (String list : List.of(RELAY, RECIPIENT)) {
            Restriction[] steps = RestrictionLists.read(parameters, list, classes);
            for (int i = 0; i < steps.length; i++) {
                String name = steps[i].name();
                boolean guardLater = Arrays.stream(steps, i + 1, steps.length)
                        .anyMatch(r -> RestrictionLists.GUARDS.contains(r.name()));
                if ((name.equals("permit") || name.equals("warn_if_reject")) && guardLater) {
                    return steps[i];
                }
            }
        }
        return null;
    }

    private Access localMail() {
        Probe probe = parameters.derived("local mail probe", DESTINATION, RelayAnalysis::localMailProbe);
        Session session = session(probe, false, false);
        return new Access(session.outcome(), session.decidedBy(),
                session.outcome() == Outcome.UNKNOWN
                        ? session.unknowns().stream().map(r -> new Word(r.text(), r.at())).toList() : List.of());
    }

    /** A stranger sending to the first of our domains that {@code mydestination} names outright. */
    private static Probe localMailProbe(EffectiveParameters parameters) {
        String domain = "localhost";
        List<Word> destinations = parameters.list("mydestination");
        for (int i = 0; i < destinations.size(); i++) {
            String d = destinations.get(i).text();
            if (d.indexOf('$') < 0 && d.indexOf(':') < 0 && !d.startsWith("/")) {
                domain = d;
                break;
            }
        }
        return new Probe("", Probe.STRANGER.helo(), Probe.STRANGER.sender(), "user@" + domain);
    }

    private List<Word> unknownRestrictions() {
        if (!misread) {
            return List.of();
        }
        List<Restriction> unknown = new ArrayList<>();
        for (Restriction[] list : lists) {
            for (Restriction restriction : list) {
                if (restriction.effect() == Restriction.Effect.MISREAD && !unknown.contains(restriction)) {
                    unknown.add(restriction);
                }
            }
        }
        return unknown.stream().map(r -> new Word(r.text(), r.at())).toList();
    }

    private Word mxBackupUnrestricted() {
        if (!mxBackup || !parameters.expanded("permit_mx_backup_networks").text().isBlank()) {
            return null;
        }
        for (Restriction[] list : lists) {
            for (Restriction restriction : list) {
                if (restriction.name().equals("permit_mx_backup")) {
                    return new Word(restriction.text(), restriction.at());
                }
            }
        }
        return null;
    }

    /**
     * How a session ends for a client that sends {@code probe}, from inside {@code mynetworks} or not, to a
     * foreign domain or to ours.
     */
    private Session session(Probe probe, boolean inMynetworks, boolean foreign) {
        // indexed loops and lists made only when needed: three sessions or more for every service
        List<Restriction> unknowns = List.of();
        Restriction permittedBy = null;
        Session undecided = null;
        for (int l = 0; l < lists.length; l++) {
            Restriction[] list = lists[l];
            List<Restriction> unknownHere = List.of();
            Restriction decided = null;
            Step outcome = Step.DUNNO;
            boolean warnOnly = false;
            for (int r = 0; r < list.length; r++) {
                Restriction restriction = list[r];
                if (restriction.effect() == Restriction.Effect.WARN_IF_REJECT) {
                    warnOnly = true;
                    continue;
                }
                Step step = step(restriction, probe, inMynetworks, foreign);
                if (warnOnly && step == Step.REFUSE) {
                    step = Step.DUNNO;
                }
                warnOnly = false;
                if (step == Step.UNKNOWN) {
                    unknownHere = unknownHere.isEmpty() ? new ArrayList<>() : unknownHere;
                    unknownHere.add(restriction);
                } else if (step != Step.DUNNO) {
                    outcome = step;
                    decided = restriction;
                    break;
                }
            }
            if (outcome == Step.REFUSE && unknownHere.isEmpty()) {
                return new Session(Outcome.REFUSED, decided, List.of());
            }
            if (!unknownHere.isEmpty()) {
                unknowns = unknowns.isEmpty() ? new ArrayList<>() : unknowns;
                unknowns.addAll(unknownHere);
            }
            if (outcome == Step.REFUSE && undecided == null) {
                undecided = new Session(Outcome.UNKNOWN, decided, unknownHere);
            }
            if (outcome == Step.PERMIT && (permittedBy == null || isRelayList(decided))) {
                permittedBy = decided;
            }
        }
        if (undecided != null) {
            return new Session(Outcome.UNKNOWN, undecided.decidedBy(), unknowns);
        }
        return new Session(Outcome.ACCEPTED, permittedBy, unknowns);
    }

    private static boolean isRelayList(Restriction restriction) {
        return !EARLY_LISTS.contains(restriction.list());
    }

    private Step step(Restriction restriction, Probe probe, boolean inMynetworks, boolean foreign) {
        return switch (restriction.effect()) {
            case MISREAD, REFUSE -> Step.REFUSE; // misread: Postfix answers "451 Server configuration error" here
            case PERMIT -> Step.PERMIT;
            case REFUSE_FOREIGN -> foreign ? Step.REFUSE : Step.DUNNO;
            case RELAY_DOMAINS -> foreign ? Step.REFUSE : Step.PERMIT;
            case PERMIT_OURS -> foreign ? Step.DUNNO : Step.PERMIT;
            case PERMIT_MYNETWORKS -> inMynetworks ? Step.PERMIT : Step.DUNNO;
            case UNKNOWABLE -> Step.UNKNOWN;
            case ACCESS -> access(restriction, probe);
            // only conditional refusals (the client's name, an RBL, the recipient's domain); warn_if_reject
            // itself is read by the session
            case CONDITIONAL, WARN_IF_REJECT -> Step.DUNNO;
        };
    }

    private Step access(Restriction restriction, Probe probe) {
        String name = restriction.name();
        if (name.equals("check_ccert_access") || name.equals("check_sasl_access")) {
            return Step.DUNNO;
        }
        Optional<AccessTable> table = AccessTable.of(restriction.argument());
        if (table.isEmpty()) {
            return Step.UNKNOWN;
        }
        List<String> keys = switch (name) {
            case "check_client_access" -> addressKeys(probe.address());
            case "check_helo_access" -> domainKeys(probe.helo());
            case "check_sender_access" -> probe.sender().isEmpty() ? List.of("<>") : mailKeys(probe.sender());
            case "check_recipient_access" -> mailKeys(probe.recipient());
            default -> null;
        };
        if (keys == null) {
            boolean permits = table.get().everything().map(a -> AccessTable.effect(a) != AccessTable.Effect.REFUSE
                    && AccessTable.effect(a) != AccessTable.Effect.NONE).orElse(false)
                    || table.get().entries().stream().anyMatch(e -> AccessTable.effect(e.action()) == AccessTable.Effect.PERMIT
                            || AccessTable.effect(e.action()) == AccessTable.Effect.UNKNOWN);
            return permits ? Step.UNKNOWN : Step.DUNNO;
        }
        return table.get().lookup(keys).map(action -> switch (AccessTable.effect(action)) {
            case PERMIT -> Step.PERMIT;
            case REFUSE -> Step.REFUSE;
            case NONE -> Step.DUNNO;
            case UNKNOWN -> Step.UNKNOWN;
        }).orElse(Step.DUNNO);
    }

    /** Client addresses that inline {@code check_client_access} tables permit. */
    private List<Word> permittedClientAddresses() {
        if (!checks("check_client_access")) {
            return List.of();
        }
        List<Word> addresses = new ArrayList<>();
        for (AccessTable.Entry entry : permittingEntries("check_client_access")) {
            String range = range(entry.key());
            if (!range.isEmpty()) {
                addresses.add(new Word(entry.key(), atOf(entry)));
            }
        }
        return addresses;
    }

    /** Stranger sessions with a HELO or sender that some inline table permits: anyone can send those. */
    private List<Probe> forgeable() {
        if (!checks("check_helo_access") && !checks("check_sender_access")) {
            return List.of();
        }
        List<Probe> probes = new ArrayList<>();
        for (AccessTable.Entry entry : permittingEntries("check_helo_access")) {
            probes.add(heloProbe(entry.key()));
        }
        for (AccessTable.Entry entry : permittingEntries("check_sender_access")) {
            probes.add(senderProbe(entry.key()));
        }
        return probes;
    }

    /** A stranger who says HELO with a name a table permits ({@code .example.com}: a host under it). */
    private static Probe heloProbe(String key) {
        Probe stranger = Probe.STRANGER;
        return new Probe("", key.startsWith(".") ? "host" + key : key, stranger.sender(), stranger.recipient());
    }

    /** A stranger who gives a sender a table permits: the address, one in the domain, or the null sender. */
    private static Probe senderProbe(String key) {
        Probe stranger = Probe.STRANGER;
        String sender = key.equals("<>") ? ""
                : key.endsWith("@") ? key + "client.example"
                : key.contains("@") ? key
                : "sender@" + (key.startsWith(".") ? "host" + key : key);
        return new Probe("", stranger.helo(), sender, stranger.recipient());
    }

    /** Whether some list holds the access check {@code check}. */
    private boolean checks(String check) {
        if (!accessChecks) {
            return false;
        }
        for (Restriction[] list : lists) {
            for (Restriction restriction : list) {
                if (restriction.name().equals(check)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<AccessTable.Entry> permittingEntries(String check) {
        List<AccessTable.Entry> entries = new ArrayList<>(0);
        for (Restriction[] list : lists) {
            for (Restriction restriction : list) {
                if (!restriction.name().equals(check)) {
                    continue;
                }
                AccessTable.of(restriction.argument()).ifPresent(table -> table.entries().stream()
                        .filter(e -> AccessTable.effect(e.action()) == AccessTable.Effect.PERMIT)
                        .forEach(e -> {
                            entries.add(e);
                            entryPlaces = entryPlaces == null ? new HashMap<>() : entryPlaces;
                            entryPlaces.putIfAbsent(e, restriction.at());
                        }));
            }
        }
        return entries;
    }

    private Location atOf(AccessTable.Entry entry) {
        return entryPlaces == null ? null : entryPlaces.get(entry);
    }

    /** The lookup keys of a client address: the address, then its leading octets ({@code 10.1.2}, {@code 10.1}, {@code 10}). */
    private static List<String> addressKeys(String address) {
        List<String> keys = new ArrayList<>();
        if (address.isEmpty()) {
            return keys;
        }
        keys.add(address);
        if (address.indexOf(':') < 0) {
            String prefix = address;
            for (int dot = prefix.lastIndexOf('.'); dot > 0; dot = prefix.lastIndexOf('.')) {
                prefix = prefix.substring(0, dot);
                keys.add(prefix);
            }
        }
        return keys;
    }

    /**
     * A domain and its parents as {@code check_domain_access()} looks them up: {@code example.com} for
     * {@code mx.example.com} where {@code parent_domain_matches_subdomains} lists {@code smtpd_access_maps}
     * (the default), {@code .example.com} where it does not.
     */
    private List<String> domainKeys(String domain) {
        boolean parentStyle = parameters.list("parent_domain_matches_subdomains").stream()
                .anyMatch(w -> w.text().equals("smtpd_access_maps"));
        List<String> keys = new ArrayList<>();
        String d = domain.toLowerCase(Locale.ROOT);
        keys.add(d);
        for (int dot = d.indexOf('.', 1); dot >= 0; dot = d.indexOf('.', dot + 1)) {
            keys.add(parentStyle ? d.substring(dot + 1) : d.substring(dot));
        }
        return keys;
    }

    /** The keys of a mail address: the address, its domain and parents, its local part with {@code @}. */
    private List<String> mailKeys(String address) {
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return List.of(address);
        }
        List<String> keys = new ArrayList<>();
        keys.add(address);
        keys.addAll(domainKeys(address.substring(at + 1)));
        keys.add(address.substring(0, at + 1));
        return keys;
    }

    /** The CIDR range an address key stands for ({@code 10.1} → {@code 10.1.0.0/16}), or empty when it is none. */
    static String range(String key) {
        if (key.indexOf(':') >= 0) {
            return IpRange.parse(key).isPresent() ? key + "/128" : "";
        }
        String[] octets = key.split("\\.", -1);
        if (octets.length > 4) {
            return "";
        }
        StringBuilder address = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            if (i < octets.length && !octets[i].matches("\\d{1,3}")) {
                return "";
            }
            address.append(i == 0 ? "" : ".").append(i < octets.length ? octets[i] : "0");
        }
        String cidr = address + "/" + octets.length * 8;
        return IpRange.parse(cidr).isPresent() ? cidr : "";
    }
}
