def log = new File(basedir, 'build.log').text
// the reformatted file passes; the one relay opened since main fails, at its line
assert log.contains('[ERROR] src/main/mail/imap-pop.yaml:20:32: error MG001 open-relay: EXCH03/Client Submission lets strangers relay: its relay.hosts (10.1.0.0/16, ::/0) covers every IPv6 address') : log
assert (log =~ /(?m)^\[ERROR\] src\/main\/mail\/\S+:\d+:\d+: error/).size() == 1 : log
assert log.contains('MailGuard found 1 finding(s) at or above failOn=error')
assert log.contains('17 suppressed')
