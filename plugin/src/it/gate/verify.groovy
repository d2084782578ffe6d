def log = new File(basedir, 'build.log').text
def anonymous = '[ERROR] src/main/mail/hub.yaml:16:22: error MG003 anonymous-internal: EXCH02/Internal SMTP is an internal virtual server and allows anonymous access'
def relay = '[ERROR] src/main/mail/hub.yaml:20:19: error MG001 open-relay: EXCH02/Internal SMTP lets strangers relay'
// both runs judged the file and failed on what the change opened, whatever was accepted of its MG100
assert log.count(anonymous) == 2 : log
assert log.count(relay) == 2 : log
assert log.count('MailGuard found 2 finding(s) at or above failOn=error') == 2 : log
assert log.count('(1 server, 1 virtual server)') == 2 : log
assert !(log =~ /(?m)^\s+at [a-z]/)
