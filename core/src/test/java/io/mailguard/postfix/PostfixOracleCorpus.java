package io.mailguard.postfix;

import io.mailguard.postfix.SmtpdAnalysis.RelayScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The configurations the Postfix oracle runs: groups of {@code smtpd} services that share one main.cf, each
 * service one configuration (main.cf + its master.cf line). Hand-written cases (Debian's shipped settings,
 * Postfix 3.7's submission example, the classic mistakes) and permutations of restriction lists and
 * {@code mynetworks} drawn from a fixed seed, so every run checks the same corpus.
 */
final class PostfixOracleCorpus {

    /** Restrictions the permutations draw from: each decides the same way for every probe the oracle sends. */
    private static final List<String> RESTRICTIONS = List.of(
            "permit_mynetworks", "permit_mynetworks", "permit_sasl_authenticated", "reject_unauth_destination",
            "reject_unauth_destination", "defer_unauth_destination", "permit", "reject", "defer_if_permit",
            "warn_if_reject reject_unauth_destination", "warn_if_reject reject",
            "check_sender_access inline:{ trusted@partner.example=OK }",
            "check_helo_access inline:{ relay.partner.example=OK }",
            "check_client_access inline:{ 198.51.100.9=OK }", "check_client_access inline:{ 10.99=OK }",
            "check_recipient_access inline:{ partner.example=OK }", "check_sender_access inline:{ bad.example=REJECT }",
            "check_sender_access inline:{ client.example=OK }", "check_helo_access inline:{ .example=OK }",
            "permit_auth_destination", "reject_non_fqdn_recipient", "check_client_access static:OK",
            "check_client_access static:DUNNO", "permit_tls_clientcerts");

    /** The {@code mynetworks} the permutations draw from. */
    private static final List<String> NETWORKS = List.of(
            "10.50.0.0/16", "127.0.0.0/8 198.51.100.0/24", "0.0.0.0/0", "203.0.113.0/24, 100.64.0.0/10",
            "[2001:db8::]/32 10.60.0.0/16", "10.70.1.2/32 [::1]/128", "0.0.0.0/1 128.0.0.0/1");

    /** The rest of a master.cf: what a running Postfix needs besides smtpd (chroot off, as the test runs it). */
    private static final String SUPPORT_SERVICES = """
            pickup    unix  n       -       n       60      1       pickup
            cleanup   unix  n       -       n       -       0       cleanup
            qmgr      unix  n       -       n       300     1       qmgr
            rewrite   unix  -       -       n       -       -       trivial-rewrite
            bounce    unix  -       -       n       -       0       bounce
            defer     unix  -       -       n       -       0       bounce
            trace     unix  -       -       n       -       0       bounce
            verify    unix  -       -       n       -       1       verify
            flush     unix  n       -       n       1000?   0       flush
            proxymap  unix  -       -       n       -       -       proxymap
            smtp      unix  -       -       n       -       -       smtp
            relay     unix  -       -       n       -       -       smtp
            showq     unix  n       -       n       -       -       showq
            error     unix  -       -       n       -       -       error
            retry     unix  -       -       n       -       -       error
            discard   unix  -       -       n       -       -       discard
            local     unix  -       n       n       -       -       local
            anvil     unix  -       -       n       -       1       anvil
            scache    unix  -       -       n       -       1       scache
            postlog   unix-dgram n  -       n       -       1       postlogd
            """;

    /**
     * Services that share a main.cf.
     *
     * @param name the group's name, part of every case's name
     * @param mainCf the group's own main.cf settings (the test adds where the instance keeps its files)
     * @param services each service's {@code -o} overrides and comment lines, as master.cf continuation lines
     */
    record Group(String name, String mainCf, List<String> services) {

        int size() {
            return services.size();
        }

        /** The files of this group for an instance under {@code root}, its services on ports from {@code port}. */
        Files files(Path root, int port) {
            String main = mainCf + """
                    queue_directory = %1$s/queue
                    data_directory = %1$s/data
                    maillog_file = %1$s/maillog
                    maillog_file_prefixes = %1$s
                    inet_interfaces = 127.0.0.1
                    inet_protocols = ipv4
                    myhostname = mx.test.invalid
                    mydomain = test.invalid
                    default_transport = discard
                    relay_transport = discard
                    alias_maps =
                    alias_database =
                    smtpd_authorized_xclient_hosts = 127.0.0.0/8
                    smtpd_peername_lookup = no
                    """.formatted(root);
            StringBuilder master = new StringBuilder();
            for (int i = 0; i < services.size(); i++) {
                master.append("127.0.0.1:").append(port + i).append(" inet n - n - - smtpd -o syslog_name=postfix/")
                        .append(name).append('-').append(i).append('\n').append(services.get(i));
            }
            return new Files(name, port, main, master + SUPPORT_SERVICES);
        }
    }

    /** One group's main.cf and master.cf. */
    record Files(String group, int firstPort, String mainCf, String masterCf) {

        /** The case's name: its index in the group. */
        String caseName(String service) {
            return Integer.toString(port(service) - firstPort);
        }

        /** The syslog name its smtpd logs under. */
        String syslogName(String service) {
            return "postfix/" + group + "-" + caseName(service);
        }

        private static int port(String service) {
            return Integer.parseInt(service.substring(service.lastIndexOf(':') + 1));
        }
    }

    private PostfixOracleCorpus() {
    }

    static List<Group> groups() {
        return List.of(
                new Group("debian", """
                        # Debian's shipped main.cf, as far as relaying goes
                        compatibility_level = 3.6
                        smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated defer_unauth_destination
                        mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
                        """, handWritten()),
                new Group("level36", """
                        compatibility_level = 3.6
                        mynetworks = 127.0.0.0/8 10.20.0.0/16
                        """, permutations(1, 40)),
                new Group("level2", """
                        compatibility_level = 2
                        mynetworks = 127.0.0.0/8, 192.168.10.0/24,
                            172.16.5.0/28
                        """, permutations(2, 30)),
                new Group("level1", """
                        compatibility_level = 1
                        mynetworks = $my_offices, 127.0.0.0/8
                        my_offices = 10.30.0.0/16
                        """, permutations(3, 25)),
                new Group("builtin", """
                        # no compatibility_level: Postfix 3.7's built-in level 0
                        mynetworks = 127.0.0.0/8 10.0.0.0/8
                        """, permutations(4, 30)),
                new Group("hostnets", """
                        # mynetworks unset: Postfix trusts the host's own addresses (mynetworks_style = host)
                        compatibility_level = 3.6
                        """, permutations(5, 25)),
                new Group("maincf", """
                        compatibility_level = 3.6
                        mynetworks = 127.0.0.0/8 10.40.0.0/24
                        smtpd_relay_restrictions = permit_mynetworks,
                        # a comment line inside the value does not end it
                            permit_sasl_authenticated,
                            reject_unauth_destination
                        smtpd_recipient_restrictions = ${relay_extra?{check_client_access inline:{ 10.41.0.5=OK }}},
                            reject_non_fqdn_recipient
                        relay_extra = yes
                        """, permutations(6, 20)));
    }

    /** The classic cases, each on purpose. */
    private static List<String> handWritten() {
        return List.of(
                // Debian's smtp line: main.cf alone
                "",
                // Postfix 3.7's submission example (master.cf as shipped, uncommented)
                """
                  -o smtpd_tls_wrappermode=no
                  -o smtpd_sasl_auth_enable=yes
                  -o smtpd_tls_auth_only=yes
                  -o smtpd_reject_unlisted_recipient=no
                  -o smtpd_client_restrictions=
                  -o smtpd_helo_restrictions=
                  -o smtpd_sender_restrictions=
                  -o smtpd_relay_restrictions=
                  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
                """,
                // the older submission example: the client list refuses strangers
                "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n",
                // a permit before the guard: Postfix ignores the guard and refuses to start
                "  -o smtpd_relay_restrictions=permit_mynetworks,permit,reject_unauth_destination\n",
                // the guard only warns
                "  -o smtpd_relay_restrictions=permit_mynetworks,warn_if_reject,reject_unauth_destination\n",
                // an Internet-wide mynetworks
                "  -o { mynetworks = 0.0.0.0/1 128.0.0.0/1 }\n",
                // the README's open relay: a HELO table with OK before the guard
                """
                  -o { smtpd_relay_restrictions = check_helo_access inline:{ mx.partner.example=OK },
                       reject_unauth_destination }
                """,
                // a sender table with OK before the guard
                "  -o { smtpd_relay_restrictions = check_sender_access inline:{ <>=OK }, reject_unauth_destination }\n",
                // static:OK before the guard: every client
                "  -o { smtpd_relay_restrictions = check_client_access static:OK, defer_unauth_destination }\n",
                // relay list after the recipient list, which permits
                """
                  -o smtpd_relay_before_recipient_restrictions=no
                  -o smtpd_recipient_restrictions=permit
                """,
                // a policy service before the guard: undecidable, and smtpd still starts
                """
                  -o smtpd_relay_restrictions=check_policy_service,unix:private/policy,reject_unauth_destination
                  -o smtpd_policy_service_timeout=1s
                """,
                // restriction classes
                """
                  -o smtpd_restriction_classes=trusted
                  -o trusted=permit_mynetworks,reject_unauth_destination
                  -o smtpd_relay_restrictions=trusted
                """,
                // a class holding the bare permit
                """
                  -o smtpd_restriction_classes=lax
                  -o lax=permit
                  -o smtpd_relay_restrictions=lax,reject_unauth_destination
                """,
                // both lists empty
                """
                  -o smtpd_relay_restrictions=
                  -o smtpd_recipient_restrictions=
                """,
                // a misspelt restriction: Postfix answers 451 when it reaches it
                "  -o smtpd_relay_restrictions=permit_mynetwork,reject_unauth_destination\n",
                // an access check without a table
                "  -o smtpd_relay_restrictions=check_client_access,permit_mynetworks,reject_unauth_destination\n",
                // permit_mynetworks in one list, the guard in both: mynetworks does not relay
                """
                  -o smtpd_relay_restrictions=permit_mynetworks,reject_unauth_destination
                  -o smtpd_recipient_restrictions=reject_unauth_destination
                """);
    }

    /** {@code count} services with restriction lists drawn from {@code seed}. */
    private static List<String> permutations(long seed, int count) {
        Random random = new Random(seed);
        List<String> services = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder service = new StringBuilder();
            if (random.nextInt(10) < 7) {
                String list = list(random);
                if (random.nextBoolean()) {
                    // most real lists end in the guard
                    list = list.isEmpty() ? "reject_unauth_destination" : list + ", reject_unauth_destination";
                }
                service.append("  -o { smtpd_relay_restrictions = ").append(list).append(" }\n");
            }
            if (random.nextInt(10) < 3) {
                service.append("  -o { mynetworks = ").append(NETWORKS.get(random.nextInt(NETWORKS.size()))).append(" }\n");
            }
            if (random.nextInt(10) < 6) {
                service.append("  -o { smtpd_recipient_restrictions = ").append(list(random)).append(" }\n");
            }
            if (random.nextInt(10) < 2) {
                service.append("  -o { smtpd_client_restrictions = permit_mynetworks, reject }\n");
            }
            int order = random.nextInt(3);
            if (order > 0) {
                service.append("  -o smtpd_relay_before_recipient_restrictions=").append(order == 1 ? "yes" : "no").append('\n');
            }
            services.add(service.toString());
        }
        return services;
    }

    private static String list(Random random) {
        List<String> items = new ArrayList<>();
        int length = random.nextInt(4);
        for (int i = 0; i < length; i++) {
            items.add(RESTRICTIONS.get(random.nextInt(RESTRICTIONS.size())));
        }
        return String.join(", ", items);
    }

    /** Whether an IPv4 address lies in the scope. */
    static boolean inScope(String address, RelayScope scope) {
        if (scope.everyClient() || (!scope.derivedStyle().isEmpty() && address.startsWith("127."))) {
            return true;
        }
        long value = ipv4(address);
        return scope.ranges().stream().map(Word::text).filter(r -> !r.contains(":"))
                .anyMatch(range -> contains(range, value));
    }

    /** One address inside each IPv4 range of the scope (and the host's loopback for derived networks). */
    static List<String> insideAddresses(RelayScope scope) {
        List<String> addresses = new ArrayList<>();
        if (scope.derivedStyle().equals("host") || scope.derivedStyle().equals("subnet")) {
            addresses.add("127.0.0.1");
        }
        for (Word range : scope.ranges()) {
            String text = range.text();
            if (text.contains(":")) {
                continue;
            }
            int slash = text.indexOf('/');
            long first = ipv4(slash < 0 ? text : text.substring(0, slash));
            int prefix = slash < 0 ? 32 : Integer.parseInt(text.substring(slash + 1));
            long inside = prefix >= 31 ? first : first + 1;
            addresses.add((inside >> 24 & 255) + "." + (inside >> 16 & 255) + "." + (inside >> 8 & 255) + "." + (inside & 255));
        }
        return addresses;
    }

    private static boolean contains(String range, long address) {
        int slash = range.indexOf('/');
        long network = ipv4(slash < 0 ? range : range.substring(0, slash));
        int prefix = slash < 0 ? 32 : Integer.parseInt(range.substring(slash + 1));
        long mask = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        return (network & mask) == (address & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Long.parseLong(octet);
        }
        return value;
    }
}
