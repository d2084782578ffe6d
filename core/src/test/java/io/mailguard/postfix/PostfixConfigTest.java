package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Location;
import io.mailguard.load.IgnoreComment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader of main.cf and master.cf: what Postfix reads, where it is written, and what it refuses. */
class PostfixConfigTest {

    private static PostfixConfig mainCf(String text) {
        return PostfixConfig.parse("main.cf", text, "master.cf", "");
    }

    private static PostfixConfig masterCf(String text) {
        return PostfixConfig.parse("main.cf", "", "master.cf", text);
    }

    private static String place(Location at) {
        return at.line() + ":" + at.column();
    }

    private static List<String> problems(PostfixConfig config) {
        return config.problems().stream().map(p -> p.at() + " " + p.message().split(":")[0]).toList();
    }

    @Test
    void continuationLinesJoinWithoutASeparatorAndKeepTheirPlaces() {
        PostfixConfig config = mainCf("""
                mynetworks = 127.0.0.0/8,
                    10.0.0.0/8
                myhostname = mx.example.com
                """);
        Parameter networks = config.parameters().get("mynetworks");
        assertEquals("127.0.0.0/8,    10.0.0.0/8", networks.text());
        assertEquals("1:1", place(networks.nameAt()));
        assertEquals("1:14", place(networks.valueAt()));
        assertEquals("2:5", place(networks.value().at(networks.text().indexOf("10.0"))));
        assertEquals("/mynetworks", networks.valueAt().pointer());
        assertEquals(List.of(), config.problems());
    }

    @Test
    void commentLinesAreSkippedEvenIndentedAndInsideAContinuedValue() {
        PostfixConfig config = mainCf("""
                # a comment
                   # an indented comment
                smtpd_relay_restrictions = permit_mynetworks,
                # the next line still continues the value
                      permit_sasl_authenticated,

                  reject_unauth_destination
                relay_domains =
                """);
        Parameter relay = config.parameters().get("smtpd_relay_restrictions");
        assertEquals(List.of("permit_mynetworks", "permit_sasl_authenticated", "reject_unauth_destination"),
                Lists.split(relay.value()).stream().map(Word::text).toList());
        assertEquals(List.of("3:28", "5:7", "7:3"),
                Lists.split(relay.value()).stream().map(w -> place(w.at())).toList());
        assertSame("permit_sasl_authenticated", Lists.split(relay.value()).get(1).text(),
                "a restriction name is kept once, not copied out of every list that holds it");
        List<Word> near = Lists.split(PositionedText.unlocated("permit_mynetworksx reject_unauth REJECT reject"));
        assertEquals(List.of("permit_mynetworksx", "reject_unauth", "REJECT", "reject"), near.stream().map(Word::text).toList(),
                "an item that only begins like a name, or differs in case, is kept as written");
        assertSame("reject", near.get(3).text());
        assertEquals("", config.parameters().get("relay_domains").text());
        assertEquals("8:16", place(config.parameters().get("relay_domains").valueAt()));
        assertEquals(List.of(), config.problems());
    }

    @Test
    void aHashAfterAValueIsPartOfTheValueAndMG110() {
        PostfixConfig config = mainCf("""
                mynetworks = 127.0.0.0/8 10.0.0.0/8 # the office
                smtpd_tls_cert_file = /etc/ssl/mx#1.pem
                """);
        assertEquals("127.0.0.0/8 10.0.0.0/8 # the office", config.parameters().get("mynetworks").text());
        assertEquals(List.of("main.cf:1:37 `# the office` is part of the value of mynetworks, not a comment"),
                problems(config));
    }

    @Test
    void malformedLinesAreMG110WhereTheyAre() {
        PostfixConfig config = mainCf("""
                  indented first line
                # a comment does not end it
                    nor does this
                myhostname mx.example.com
                = value
                mydomain = example.com
                """);
        assertEquals(List.of(
                        "main.cf:1:3 this line starts with white space but continues no setting",
                        "main.cf:4:12 missing '=' after parameter name `myhostname`",
                        "main.cf:5:1 missing parameter name before '='"),
                problems(config));
        assertEquals(List.of("mydomain"), List.copyOf(config.parameters().keySet()));
    }

    @Test
    void anIndentedLineAfterAMalformedLineBelongsToIt() {
        PostfixConfig config = mainCf("""
                myhostname
                  = mx.example.com
                """);
        assertEquals("mx.example.com", config.parameters().get("myhostname").text());
        assertEquals("2:5", place(config.parameters().get("myhostname").valueAt()));
    }

    @Test
    void undefinedParametersAreMG110AtTheirDollar() {
        PostfixConfig config = mainCf("""
                mydomain = example.com
                myorigin = $mydomain
                relay_domains = $mydestination, ${my_relays}, $(other)
                alias_maps = ${undefined_thing?hash:/etc/aliases}
                """);
        assertEquals(List.of(
                        "main.cf:3:33 $my_relays names no parameter",
                        "main.cf:3:47 $other names no parameter",
                        "main.cf:4:14 $undefined_thing names no parameter"),
                problems(config));
    }

    @Test
    void circularReferencesAreMG110AndExpandToNothing() {
        PostfixConfig config = mainCf("""
                mydestination = $myhostname, $relay_domains
                relay_domains = ${mydestination}
                myhostname = mx.example.com
                """);
        assertEquals(List.of("main.cf:1:17 the value of mydestination refers back to mydestination",
                "main.cf:2:17 the value of relay_domains refers back to relay_domains"), problems(config));
        assertEquals("mx.example.com, mx.example.com, ", EffectiveParameters.of(config, null).expanded("mydestination").text());
    }

    @Test
    void valuesThatMultiplyEachOtherStopGrowing() {
        StringBuilder text = new StringBuilder("a0 = x\n");
        for (int i = 1; i <= 40; i++) {
            text.append("a").append(i).append(" = $a").append(i - 1).append(" $a").append(i - 1).append('\n');
        }
        PostfixConfig config = mainCf(text.toString());
        assertTrue(EffectiveParameters.of(config, null).expanded("a40").text().length() <= 2 * Expansion.MAX_CHARS);
    }

    @Test
    void anyTextIsReadAndJudgedWithoutAnException() {
        String[] pieces = {"smtpd_relay_restrictions", "mynetworks", " = ", "=", " ", "\t", "\n", "\n  ", "\n# c\n", "#",
            "$", "${", "$(", "}", "{", ")", "?", ":", ",", "permit", "reject_unauth_destination", "inline:{", "a=OK",
            "static:OK", "check_client_access", "10.0.0.0/8", "[::1]/128", "-o", "inet", "smtpd", "n", "-", "smtp",
            "compatibility_level", "3.6", "\r\n", "\u00e9", "smtpd_restriction_classes", "warn_if_reject"};
        Random random = new Random(14);
        for (int i = 0; i < 3000; i++) {
            StringBuilder main = new StringBuilder();
            StringBuilder master = new StringBuilder("smtp inet n - n - - smtpd ");
            for (int j = random.nextInt(40); j > 0; j--) {
                main.append(pieces[random.nextInt(pieces.length)]);
                master.append(pieces[random.nextInt(pieces.length)]);
            }
            PostfixConfig config = PostfixConfig.parse("main.cf", main.toString(), "master.cf", master.toString());
            RelayAnalysis.analyse(config);
            config.problems().forEach(p -> assertTrue(p.at() != null && p.at().line() > 0 && p.at().column() > 0,
                    () -> "located: " + p + " in\n" + main + "\n---\n" + master));
        }
    }

    @Test
    void aParameterDefinedByTheServiceItselfIsDefinedThere() {
        PostfixConfig config = PostfixConfig.parse("main.cf", "", "master.cf", """
                smtp inet n - n - - smtpd -o my_list=permit_mynetworks -o smtpd_relay_restrictions=$my_list,reject
                submission inet n - n - - smtpd -o smtpd_client_restrictions=$my_list
                """);
        assertEquals(List.of("master.cf:2:62 $my_list names no parameter"), problems(config));
    }

    @Test
    void expansionFollowsPostfix() {
        PostfixConfig config = mainCf("""
                myhostname = mx.example.com
                mydomain = example.com
                empty =
                a = ${myhostname?set} ${empty?set} ${empty:unset} ${myhostname:unset} $$ $(mydomain)
                b = ${myhostname?{yes}:{no}} ${empty?{yes}:{no}}
                c = $a and $b
                d = $myorigin
                """);
        EffectiveParameters parameters = EffectiveParameters.of(config, null);
        assertEquals("set  unset  $ example.com", parameters.expanded("a").text());
        assertEquals("yes no", parameters.expanded("b").text());
        assertEquals("set  unset  $ example.com and yes no", parameters.expanded("c").text());
        assertEquals("$myorigin", parameters.expanded("d").text(), "a host-derived default stays as written");
        PositionedText c = parameters.expanded("c");
        assertEquals("4:18", place(c.at(0)), "expanded text points where it was written");
        assertEquals("6:8", place(c.at(c.text().indexOf("and"))));
        assertEquals("5:45", place(c.at(c.text().indexOf("no"))));
    }

    @Test
    void masterCfFieldsAndOverridesWithBraces() {
        PostfixConfig config = masterCf("""
                # service type  private unpriv  chroot  wakeup  maxproc command + args
                smtp      inet  n       -       y       -       -       smtpd
                submission inet n       -       y       -       -       smtpd
                  -o syslog_name=postfix/submission
                #  -o smtpd_tls_security_level=encrypt
                  -o { smtpd_client_restrictions = permit_sasl_authenticated, reject }
                pickup    unix  n       -       y       60      1       pickup
                """);
        assertEquals(List.of(), config.problems());
        assertEquals(List.of("smtp", "submission"), config.smtpdServices().stream().map(MasterService::service).toList());
        MasterService submission = config.services().get(1);
        assertEquals(List.of("syslog_name", "smtpd_client_restrictions"),
                submission.overrides().stream().map(Parameter::name).toList());
        Parameter client = submission.overrides().get(1);
        assertEquals("permit_sasl_authenticated, reject", client.text());
        assertEquals("6:8", place(client.nameAt()));
        assertEquals("6:36", place(client.valueAt()));
        assertEquals("/submission/inet/smtpd_client_restrictions", client.valueAt().pointer());
        assertEquals("3:1", place(submission.at()));
        MasterService pickup = config.services().get(2);
        assertEquals(List.of("pickup", "unix", "n", "-", "y", "60", "1", "pickup"), List.of(pickup.service(),
                pickup.type(), pickup.privateAccess(), pickup.unprivileged(), pickup.chroot(), pickup.wakeup(),
                pickup.maxProcesses(), pickup.command()));
    }

    @Test
    void badMasterCfEntriesAreMG110() {
        PostfixConfig config = masterCf("""
                smtp inet n - n - - smtpd -o
                smtp2 inet - - n - - smtpd
                smtp3 tcp n - n - - smtpd
                smtp4 inet n - n - -
                smtp5 inet n - n - - smtpd -o { smtpd_client_restrictions = reject
                smtp6 inet n - n 10x - smtpd -o smtpd_helo_required
                smtp7 inet n - n - - smtpd -o smtpd_helo_required=yes # comment
                """);
        assertEquals(List.of(
                        "master.cf:1:27 `-o` without a setting after it",
                        "master.cf:2:12 an inet service cannot be private",
                        "master.cf:3:7 bad service type `tcp`",
                        "master.cf:4:21 missing \"command\" field",
                        "master.cf:5:31 missing '}' after `{ smtpd_client_restrictions = reject`",
                        "master.cf:6:18 field \"wakeup\"",
                        "master.cf:7:55 `# comment` is not a comment"),
                problems(config));
    }

    @Test
    void suppressionCommentsOnTheirOwnLineAreCollected() {
        PostfixConfig config = PostfixConfig.parse("postfix/main.cf", """
                # mailguard:ignore MG017 reason="the branch offices relay through us"
                mynetworks = 10.0.0.0/8
                """, "postfix/master.cf", """
                  # mailguard:ignore MG004 reason="legacy printers" expires=2027-01-01
                submission inet n - n - - smtpd
                """);
        assertEquals(List.of(
                        new IgnoreComment.InFile("postfix/main.cf", List.of(new IgnoreComment(1, 1, true,
                                "MG017 reason=\"the branch offices relay through us\""))),
                        new IgnoreComment.InFile("postfix/master.cf", List.of(new IgnoreComment(1, 3, true,
                                "MG004 reason=\"legacy printers\" expires=2027-01-01")))),
                config.ignoreComments());
    }

    @Test
    void aConfigurationDirectoryIsReadWithItsFilesNamedBelowIt(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("main.cf"), "# Gr\u00fc\u00dfe\nmyhostname = mx.example.com\n".getBytes(StandardCharsets.ISO_8859_1));
        PostfixConfig config = PostfixConfig.read(dir, "postfix/mx1");
        assertEquals("postfix/mx1/main.cf:2:14", config.parameters().get("myhostname").valueAt().toString());
        assertEquals(List.of(), config.services(), "no master.cf: no services");
    }

    @Test
    void theRulePageExamplesAreReadAsThePageSays() throws IOException {
        // the build names the repository's root; a test run from core/ finds it one folder up
        Path root = Path.of(System.getProperty("mailguard.root", ".."));
        String page = Files.readString(root.resolve("docs/rules/MG110.md"), StandardCharsets.UTF_8);
        String incorrect = page.substring(page.indexOf("## Incorrect"), page.indexOf("## Correct"));
        String correct = page.substring(page.indexOf("## Correct"), page.indexOf("## How to fix it"));
        assertEquals(List.of("main.cf:3:38 `# the office` is part of the value of mynetworks, not a comment",
                "main.cf:6:17 $relay_domain_list names no parameter"), problems(mainCf(mainCfBlock(incorrect))));
        assertEquals(List.of(), problems(mainCf(mainCfBlock(correct))));
    }

    private static String mainCfBlock(String section) {
        int start = section.indexOf("```main.cf\n") + "```main.cf\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    @Test
    void inlineParametersGetTheSameChecks() {
        Location at = new Location("mail.yaml", 7, 21, "/servers/0/postfix/parameters/mynetworks");
        Parameter networks = new Parameter("mynetworks", PositionedText.at("10.0.0.0/8 # office", at), at, at);
        Parameter relay = new Parameter("relay_domains", PositionedText.at("$nothing", at), at, at);
        PostfixConfig config = PostfixConfig.inline(List.of(networks, relay), List.of(new MasterService("smtp", "inet",
                "n", "-", "n", "-", "-", "smtpd", List.of(), List.of(), at)));
        assertEquals(List.of("mail.yaml:7:32 `# office` is part of the value of mynetworks, not a comment",
                "mail.yaml:7:21 $nothing names no parameter"), problems(config));
        assertTrue(config.smtpdServices().size() == 1);
    }

    @Test
    void defaultsFollowTheCompatibilityLevel() {
        EffectiveParameters none = EffectiveParameters.of(mainCf("myhostname = mx.example.com\n"), null);
        assertTrue(none.compatibilityLevel().builtIn());
        assertEquals("", none.expanded("smtpd_relay_restrictions").text());
        assertEquals("subnet", none.expanded("mynetworks_style").text());
        assertEquals("no", none.expanded("smtpd_relay_before_recipient_restrictions").text());
        assertEquals("mx.example.com, localhost.$mydomain, localhost", none.expanded("relay_domains").text());
        EffectiveParameters level36 = EffectiveParameters.of(mainCf("compatibility_level = 3.6\n"), null);
        assertEquals("3.6", level36.compatibilityLevel().text());
        assertEquals("1:23", place(level36.compatibilityLevel().declaredAt()));
        assertEquals("permit_mynetworks, permit_sasl_authenticated, defer_unauth_destination",
                level36.expanded("smtpd_relay_restrictions").text());
        assertEquals("host", level36.expanded("mynetworks_style").text());
        assertEquals("yes", level36.expanded("smtpd_relay_before_recipient_restrictions").text());
        assertEquals("", level36.expanded("relay_domains").text());
        EffectiveParameters.Value relay = level36.raw("smtpd_relay_restrictions").orElseThrow();
        assertEquals(EffectiveParameters.Origin.DEFAULT, relay.origin());
        assertTrue(relay.source().startsWith("postconf.proto"), relay.source());
        assertEquals(List.of("main.cf:1:23 `3.x` is not a compatibility level"),
                problems(mainCf("compatibility_level = 3.x\n")));
    }

    @Test
    void aCompatibilityLevelIsOneToThreeNumbersOfUpToFourDigits() {
        assertEquals(List.of("3", "3.6", "3.6.1", "12.1", "0", "9999.9999.9999"),
                Stream.of("3", " 3.6 ", "3.6.1", "0012.1", "0", "9999.9999.9999")
                        .map(text -> CompatibilityLevel.parse(text, null).orElseThrow().text()).toList());
        for (String refused : List.of("", ".", "3.", ".3", "3..6", "1.2.3.4", "12345", "3.6a", "+3", "3 .6", "３")) {
            assertTrue(CompatibilityLevel.parse(refused, null).isEmpty(), refused);
        }
    }

    @Test
    void overridesComeBeforeMainCf() {
        PostfixConfig config = PostfixConfig.parse("main.cf", """
                compatibility_level = 3.6
                smtpd_tls_security_level = may
                """, "master.cf", """
                submission inet n - n - - smtpd -o smtpd_tls_security_level=encrypt
                """);
        EffectiveParameters submission = EffectiveParameters.of(config, config.services().get(0));
        assertEquals("encrypt", submission.expanded("smtpd_tls_security_level").text());
        assertEquals(EffectiveParameters.Origin.OVERRIDE, submission.raw("smtpd_tls_security_level").orElseThrow().origin());
        assertEquals("may", EffectiveParameters.of(config, null).expanded("smtpd_tls_security_level").text());
    }

    @Test
    void anOverrideReachesTheValuesThatReferToIt() {
        PostfixConfig config = PostfixConfig.parse("main.cf", """
                compatibility_level = 3.6
                mydomain = example.org
                relay_domains = $mydomain
                """, "master.cf", """
                smtp inet n - n - - smtpd -o syslog_name=postfix/smtp
                relay inet n - n - - smtpd -o mydomain=example.net
                virtual inet n - n - - smtpd -o virtual_alias_maps=hash:/etc/postfix/virtual
                """);
        EffectiveParameters main = EffectiveParameters.of(config, null);
        // services of one configuration, as the analysis makes them: main.cf's values shared where nothing reaches them
        List<EffectiveParameters> services = config.services().stream().map(main::of).toList();
        assertEquals(List.of("example.org", "example.net", "example.org"),
                services.stream().map(p -> p.expanded("relay_domains").text()).toList(),
                "a main.cf value follows the override of a name it refers to");
        assertEquals(List.of("", "", "hash:/etc/postfix/virtual"),
                services.stream().map(p -> p.expanded("virtual_alias_domains").text()).toList(),
                "so does a default: virtual_alias_domains is $virtual_alias_maps");
    }
}
