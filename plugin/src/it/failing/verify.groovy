def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/mail/hub.yaml:11:22: error MG100 schema-violation: `servers[0].smtpVirtualServers[0].authentication.anonymous` must be true or false, not a string `yes`')
assert log.contains('[ERROR] src/main/mail/hub.yaml:12:11: error MG100 schema-violation: unknown key `anonymus`')
assert log.contains('did you mean `anonymous`?')
assert log.contains('[ERROR] src/main/mail/broken.yml:5:5: error MG106 duplicate-key: the key `name` appears twice in this mapping, at lines 4 and 5')
// broken.yml sorts before hub.yaml: findings come by file, then line
assert log.indexOf('broken.yml:5:5') < log.indexOf('hub.yaml:11:22')
// the rules still judge the file with schema findings, and fail closed on the value they cannot read
assert log.contains('[ERROR] src/main/mail/hub.yaml:11:22: error MG003 anonymous-internal: cannot tell whether EXCH02/Internal SMTP, an internal virtual server, allows anonymous access: authentication.anonymous is `yes`, not true or false')
assert log.contains('MailGuard found 4 finding(s) at or above failOn=error')
assert log.contains('BUILD FAILURE')
// no stack trace for a user error
assert !(log =~ /(?m)^\s+at [a-z]/)
assert !log.contains('Exception:')
