def log = new File(basedir, 'build.log').text
// the security rules of SPEC §3, each at the node at fault
assert log.contains('[ERROR] src/main/mail/hub.yaml:15:22: error MG003 anonymous-internal: EXCH02/Internal SMTP is an internal virtual server and allows anonymous access')
assert log.contains('[ERROR] src/main/mail/imap-pop.yaml:15:22: error MG004 anonymous-imap-pop: EXCH03/Client Submission')
assert log.contains('[ERROR] src/main/mail/bridgehead.yaml:18:24: error MG001 open-relay:')
assert log.contains('[ERROR] src/main/mail/hub.yaml:19:19: error MG001 open-relay:')
assert log.contains('[ERROR] src/main/mail/connectors.yaml:8:20: error MG002 connector-relay:')
assert log.contains('[ERROR] src/main/mail/bridgehead.yaml:15:22: error MG006 bridgehead-anonymous-disabled:')
assert log.contains('[WARNING] src/main/mail/organization.yaml:14:25: warning MG012 internal-list-open:')
assert log.contains('[INFO] src/main/mail/hub.yaml:21:20: info MG014 broad-submit-relay-permissions:')
assert log.contains('MailGuard checked 5 files (3 servers, 3 virtual servers): 12 errors, 4 warnings, 2 info.')
assert log.contains('[WARNING] src/main/mail/imap-pop.yaml:20:19: warning MG017 broad-relay-scope: the relay scope of EXCH03/Client Submission (10.1.0.0/16) lets 65,536 private IPv4 addresses relay')
assert log.contains('MailGuard found 12 finding(s) at or above failOn=error')
assert !(log =~ /(?m)^\s+at [a-z]/)
