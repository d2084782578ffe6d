package io.mailguard.postfix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mailguard.Location;
import io.mailguard.postfix.SmtpdAnalysis.Outcome;
import io.mailguard.postfix.SmtpdAnalysis.RelayKind;
import io.mailguard.postfix.SmtpdAnalysis.RelayVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relay decision and the other facts of an smtpd service, with the places that establish them. */
class RelayAnalysisTest {

    private static final String SMTP = "smtp inet n - y - - smtpd\n";

    private static SmtpdAnalysis analyse(String mainCf, String masterCf) {
        PostfixConfig config = PostfixConfig.parse("main.cf", mainCf, "master.cf", masterCf);
        assertEquals(List.of(), config.problems());
        return RelayAnalysis.analyse(config).get(0);
    }

    private static String place(Location at) {
        return at == null ? "default" : at.toString();
    }

    private static List<String> places(List<Word> words) {
        return words.stream().map(w -> w.text() + "@" + place(w.at())).toList();
    }

    @Test
    void debianDefaultsRelayForMynetworksOnly() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated defer_unauth_destination
                mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104
                    [::1]/128
                """, SMTP);
        RelayVerdict relay = smtp.relay();
        assertEquals(RelayKind.GUARDED, relay.kind());
        assertEquals("defer_unauth_destination", relay.decidedBy().text());
        assertEquals("main.cf:2:72", place(relay.decidedBy().at()));
        assertEquals(List.of("127.0.0.0/8@main.cf:3:14", "::ffff:127.0.0.0/104@main.cf:3:26", "::1/128@main.cf:4:5"),
                places(relay.scope().ranges()));
        assertFalse(relay.scope().everyClient());
        assertEquals(List.of(), relay.undecidable());
        assertFalse(smtp.compatibilityLevel().builtIn());
        assertEquals(Outcome.ACCEPTED, smtp.anonymousLocalMail().outcome(), "port 25 takes mail for our domains");
    }

    @Test
    void aSenderTableWithOkBeforeTheGuardIsAnOpenRelayWithItsWitness() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                mynetworks = 10.0.0.0/8
                smtpd_relay_restrictions = permit_mynetworks,
                    check_sender_access inline:{ ceo@example.com=OK },
                    reject_unauth_destination
                """, SMTP);
        RelayVerdict relay = smtp.relay();
        assertEquals(RelayKind.OPEN, relay.kind());
        assertEquals("check_sender_access inline:{ ceo@example.com=OK }", relay.decidedBy().text());
        assertEquals("main.cf:4:5", place(relay.decidedBy().at()));
        assertEquals("ceo@example.com", relay.witness().sender());
        assertTrue(relay.scope().everyClient());
    }

    @Test
    void aClientTableWithOkAddsItsAddressesToTheScope() {
        SmtpdAnalysis smtp = analyse("compatibility_level = 3.6\nmynetworks = 127.0.0.0/8\n", """
                smtp inet n - y - - smtpd
                  -o { smtpd_relay_restrictions = check_client_access inline:{ 192.0.2.10=OK, 10.9=OK },
                       reject_unauth_destination }
                """);
        RelayVerdict relay = smtp.relay();
        assertEquals(RelayKind.GUARDED, relay.kind());
        assertEquals(List.of("192.0.2.10/32@master.cf:2:35", "10.9.0.0/16@master.cf:2:35"), places(relay.scope().ranges()),
                "permit_mynetworks is not in the list: mynetworks does not relay");
    }

    @Test
    void aBarePermitBeforeTheGuardMeansSmtpdRefusesToStart() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_relay_restrictions = permit_mynetworks, permit, reject_unauth_destination
                """, SMTP);
        assertEquals(RelayKind.NO_GUARD, smtp.relay().kind());
        assertEquals("main.cf:2:47", place(smtp.relay().decidedBy().at()));
        assertEquals("permit", smtp.relay().decidedBy().name());
        assertTrue(smtp.relay().explanation().contains("specify at least one working instance"));
    }

    @Test
    void aGuardBehindWarnIfRejectDoesNotWork() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_relay_restrictions = warn_if_reject reject_unauth_destination
                """, SMTP);
        assertEquals(RelayKind.NO_GUARD, smtp.relay().kind());
        assertEquals("warn_if_reject", smtp.relay().decidedBy().name());
    }

    @Test
    void theBuiltInLevelHasNoRelayListAndAnEmptyRecipientList() {
        SmtpdAnalysis smtp = analyse("mynetworks = 127.0.0.0/8\n", SMTP);
        assertTrue(smtp.compatibilityLevel().builtIn());
        assertEquals(RelayKind.NO_GUARD, smtp.relay().kind());
        assertNull(smtp.relay().decidedBy());
    }

    @Test
    void aPolicyServiceBeforeTheGuardIsUndecidable() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_recipient_restrictions = check_policy_service unix:private/policy, reject_unauth_destination
                smtpd_relay_restrictions =
                """, SMTP);
        assertEquals(RelayKind.UNDECIDABLE, smtp.relay().kind());
        assertEquals(List.of("check_policy_service unix:private/policy@main.cf:2:32"), places(smtp.relay().undecidable()));
    }

    @Test
    void networksDerivedFromTheHostAreUndecidableOnlyWhenTheyRelay() {
        SmtpdAnalysis subnet = analyse("""
                smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination
                """, SMTP);
        assertEquals(RelayKind.GUARDED, subnet.relay().kind());
        assertEquals("subnet", subnet.relay().scope().derivedStyle());
        assertEquals(List.of("mynetworks_style = subnet@default"), places(subnet.relay().undecidable()));
        SmtpdAnalysis unused = analyse("smtpd_recipient_restrictions = reject_unauth_destination\n", SMTP);
        assertEquals(List.of(), unused.relay().undecidable());
        assertEquals("", unused.relay().scope().derivedStyle());
    }

    @Test
    void mxBackupWithoutNetworksAndClassNetworks() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                mynetworks_style = class
                smtpd_relay_restrictions = permit_mynetworks, permit_mx_backup, reject_unauth_destination
                """, SMTP);
        assertEquals("permit_mx_backup@main.cf:3:47", places(List.of(smtp.mxBackupUnrestricted())).get(0));
        assertEquals("mynetworks_style = class@main.cf:2:20", places(List.of(smtp.classNetworks())).get(0));
        SmtpdAnalysis restricted = analyse("""
                compatibility_level = 3.6
                permit_mx_backup_networks = 192.0.2.0/24
                smtpd_relay_restrictions = permit_mx_backup, reject_unauth_destination
                """, SMTP);
        assertNull(restricted.mxBackupUnrestricted());
        assertNull(restricted.classNetworks());
    }

    @Test
    void postfixSubmissionExampleRefusesStrangersAndKeepsPasswordsInTls() {
        SmtpdAnalysis submission = analyse("compatibility_level = 3.6\n", """
                submission inet n       -       y       -       -       smtpd
                  -o syslog_name=postfix/submission
                  -o smtpd_tls_security_level=encrypt
                  -o smtpd_sasl_auth_enable=yes
                  -o smtpd_tls_auth_only=yes
                  -o smtpd_client_restrictions=
                  -o smtpd_relay_restrictions=
                  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
                """);
        assertEquals(Outcome.REFUSED, submission.anonymousLocalMail().outcome());
        assertEquals("master.cf:8:61", place(submission.anonymousLocalMail().decidedBy().at()));
        assertEquals("master.cf:3:31", place(submission.tlsRequired()));
        assertNull(submission.saslWithoutTls());
        assertEquals(RelayKind.GUARDED, submission.relay().kind());
    }

    @Test
    void saslWithoutTlsAndAnOpenSubmissionPort() {
        SmtpdAnalysis submission = analyse("compatibility_level = 3.6\nsmtpd_sasl_auth_enable = yes\n",
                "submission inet n - y - - smtpd\n");
        assertEquals("main.cf:2:26", place(submission.saslWithoutTls()));
        assertNull(submission.tlsRequired());
        assertEquals(Outcome.ACCEPTED, submission.anonymousLocalMail().outcome(),
                "nothing refuses an unauthenticated client mail for our own domains");
    }

    @Test
    void theRecipientListFirstWhenConfigured() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_relay_before_recipient_restrictions = no
                smtpd_recipient_restrictions = permit
                smtpd_relay_restrictions = reject_unauth_destination
                """, SMTP);
        assertEquals(RelayKind.GUARDED, smtp.relay().kind(), "the recipient list's permit does not pass the relay list");
        assertEquals("main.cf:4:28", place(smtp.relay().decidedBy().at()));
    }

    @Test
    void unknownRestrictionsAreMisreadAndRefuseWithA451() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                mynetworks = 10.0.0.0/8
                smtpd_relay_restrictions = permit_mynetwork, check_client_access, reject_unauth_destination
                """, SMTP);
        assertEquals(List.of("permit_mynetwork@main.cf:3:28", "check_client_access reject_unauth_destination@main.cf:3:46"),
                places(smtp.unknownRestrictions()));
        assertEquals(RelayKind.GUARDED, smtp.relay().kind());
        assertEquals("permit_mynetwork", smtp.relay().decidedBy().name());
        assertEquals(List.of(), smtp.relay().scope().ranges(), "the misspelt permit_mynetworks trusts no one");
    }

    @Test
    void theSmtpdBehindPostscreenIsJudgedAsTheListenersService() {
        PostfixConfig config = PostfixConfig.parse("main.cf", "compatibility_level = 3.6\n", "master.cf", """
                smtp      inet  n       -       y       -       1       postscreen
                smtpd     pass  -       -       y       -       -       smtpd
                dnsblog   unix  -       -       y       -       0       dnsblog
                """);
        assertEquals(List.of("smtpd"), config.smtpdServices().stream().map(MasterService::service).toList());
        assertEquals("smtp", config.listener(config.smtpdServices().get(0)).service());
        assertEquals(List.of(), PostfixConfig.parse("main.cf", "", "master.cf", "smtpd pass - - y - - smtpd\n")
                .smtpdServices(), "a pass service without postscreen takes no connections of its own");
    }

    @Test
    void servicesDeclaredInlineAreJudgedTheSameWay() {
        Location at = new Location("mail.yaml", 12, 11, "/servers/1/postfix/services/1");
        Parameter client = Parameter.declared("smtpd_client_restrictions", "permit_sasl_authenticated,reject", 13, 20,
                new Location("mail.yaml", 13, 47, ""));
        PostfixConfig config = PostfixConfig.inline(List.of(
                        Parameter.declared("compatibility_level", "3.6", at.line(), at.column(), at)),
                List.of(MasterService.declared("submission", "inet", "smtpd", List.of(client), at)));
        SmtpdAnalysis submission = RelayAnalysis.analyse(config).get(0);
        assertEquals(Outcome.REFUSED, submission.anonymousLocalMail().outcome());
        assertEquals("mail.yaml:13:73", place(submission.anonymousLocalMail().decidedBy().at()));
        assertEquals("n", submission.service().privateAccess());
    }

    @Test
    void servicesThatRepeatAnOverrideTextKeepTheirOwnPlaces() {
        // the steps of a text are read once for a fleet; each service's finding still points at its own line
        List<String> places = new java.util.ArrayList<>();
        for (int line : new int[] {7, 30}) {
            Location at = new Location("fleet.yaml", line, 11, "/servers/0/postfix/services/0");
            Parameter client = Parameter.declared("smtpd_client_restrictions", "permit_mynetworks, reject", line + 1, 13,
                    new Location("fleet.yaml", line + 1, 40, ""));
            PostfixConfig config = PostfixConfig.inline(List.of(Parameter.declared("compatibility_level", "3.6",
                    line - 2, 3, new Location("fleet.yaml", line - 2, 25, ""))),
                    List.of(MasterService.declared("10.0.0.5:2525", "inet", "smtpd", List.of(client), at)));
            SmtpdAnalysis hub = RelayAnalysis.analyse(config).get(0);
            assertEquals(Outcome.REFUSED, hub.anonymousLocalMail().outcome());
            places.add(place(hub.anonymousLocalMail().decidedBy().at()));
        }
        assertEquals(List.of("fleet.yaml:8:59", "fleet.yaml:31:59"), places);
    }

    @Test
    void networksThatRepeatATextKeepTheirOwnPlacesAndWhatCannotBeRead() {
        // a mynetworks text is read once for a fleet: each service places its items in its own value
        PostfixConfig config = PostfixConfig.parse("main.cf", """
                compatibility_level = 3.6
                mynetworks = 10.0.0.0/8 mail.example.com [2001:db8::]/32
                """, "master.cf", """
                smtp inet n - y - - smtpd
                2525 inet n - y - - smtpd
                  -o { mynetworks = 10.0.0.0/8 mail.example.com [2001:db8::]/32 }
                """);
        List<SmtpdAnalysis> services = RelayAnalysis.analyse(config);
        assertEquals(List.of("10.0.0.0/8@main.cf:2:14", "2001:db8::/32@main.cf:2:42"),
                places(services.get(0).relay().scope().ranges()));
        assertEquals(List.of("mail.example.com@main.cf:2:25"), places(services.get(0).relay().undecidable()));
        assertEquals(List.of("10.0.0.0/8@master.cf:3:21", "2001:db8::/32@master.cf:3:49"),
                places(services.get(1).relay().scope().ranges()));
        assertEquals(List.of("mail.example.com@master.cf:3:32"), places(services.get(1).relay().undecidable()));
        assertEquals(services.get(0).relay().scope().addresses(), services.get(1).relay().scope().addresses());
    }

    @Test
    void servicesThatOverrideNothingShareOneAnalysisEachUnderItsOwnName() {
        PostfixConfig config = PostfixConfig.parse("main.cf", "compatibility_level = 3.6\nmynetworks = 10.0.0.0/8\n",
                "master.cf", """
                smtp inet n - y - - smtpd
                2525 inet n - y - - smtpd
                2526 inet n - y - - smtpd
                  -o smtpd_relay_restrictions=permit
                """);
        List<SmtpdAnalysis> services = RelayAnalysis.analyse(config);
        assertEquals(List.of("smtp", "2525", "2526"), services.stream().map(a -> a.service().service()).toList());
        assertSame(services.get(0).relay(), services.get(1).relay(), "main.cf's values alone: judged once");
        assertEquals(RelayKind.GUARDED, services.get(1).relay().kind());
        assertEquals(RelayKind.NO_GUARD, services.get(2).relay().kind(), "an override is judged on its own");
    }

    @Test
    void restrictionClassesAreFollowed() {
        SmtpdAnalysis smtp = analyse("""
                compatibility_level = 3.6
                smtpd_restriction_classes = partners
                partners = check_helo_access inline:{ mx.partner.example=OK }, reject_unauth_destination
                smtpd_relay_restrictions = partners
                """, SMTP);
        assertEquals(RelayKind.OPEN, smtp.relay().kind());
        assertEquals("mx.partner.example", smtp.relay().witness().helo());
        assertEquals("partners", smtp.relay().decidedBy().list());
        assertEquals("main.cf:3:12", place(smtp.relay().decidedBy().at()));
    }

    @Test
    void servicesThatOverrideNothingTheyReadShareMainCfsListsAndTheOthersReadTheirOwn() {
        PostfixConfig config = PostfixConfig.parse("main.cf", """
                compatibility_level = 3.6
                mynetworks = 10.0.0.0/8
                smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
                """, "master.cf", SMTP + """
                submission inet n - y - - smtpd
                  -o syslog_name=postfix/submission
                hub inet n - y - - smtpd
                  -o mynetworks=10.1.0.0/16
                  -o smtpd_relay_restrictions=permit_mynetworks,reject
                old inet n - y - - smtpd
                  -o compatibility_level=0
                """);
        List<SmtpdAnalysis> services = RelayAnalysis.analyse(config);
        RelayVerdict smtp = services.get(0).relay();
        RelayVerdict submission = services.get(1).relay();
        RelayVerdict hub = services.get(2).relay();
        assertTrue(smtp.scope().ranges() == submission.scope().ranges(), "main.cf's networks, read once");
        assertTrue(smtp.decidedBy() == submission.decidedBy(), "main.cf's relay list, read once");
        assertEquals(List.of("10.1.0.0/16@master.cf:5:17"), places(hub.scope().ranges()));
        assertEquals("reject", hub.decidedBy().text());
        assertEquals("master.cf:6:49", place(hub.decidedBy().at()));
        // a level of its own changes every default, so nothing is shared, though main.cf's values are read alike
        RelayVerdict old = services.get(3).relay();
        assertFalse(old.scope().ranges() == smtp.scope().ranges());
        assertEquals(places(smtp.scope().ranges()), places(old.scope().ranges()));
    }

    @Test
    void listsOfAnyLengthKeepEachWordsPlace() {
        PostfixConfig config = PostfixConfig.parse("main.cf", """
                compatibility_level = 3.6
                mynetworks = 10.0.0.1, 10.0.0.2 10.0.0.3,10.0.0.4
                  10.0.0.5 {10.0.0.6 10.0.0.7}
                """, "master.cf", SMTP);
        List<Word> words = EffectiveParameters.of(config, null).list("mynetworks");
        assertEquals(List.of("10.0.0.1@main.cf:2:14", "10.0.0.2@main.cf:2:24", "10.0.0.3@main.cf:2:33",
                "10.0.0.4@main.cf:2:42", "10.0.0.5@main.cf:3:3", "{10.0.0.6 10.0.0.7}@main.cf:3:12"), places(words));
    }
}
