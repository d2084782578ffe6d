def log = new File(basedir, 'build.log').text
assert !log.contains('not marked as @threadSafe') : 'MailGuard must be thread-safe'
assert !log.contains('NOT thread-safe')
// three clean modules, identical summaries; the fourth has a duplicate list name, found exactly once
assert (log =~ /MailGuard checked 5 files \(3 servers, 3 virtual servers\): 0 errors, 0 warnings, 0 info\./).size() == 3 : log
assert (log =~ /\[ERROR\] src\/main\/mail\/organization.yaml:\d+:\d+: error MG101 duplicate-name: the distribution list name `Press` is already used/).size() == 1 : log
assert log.contains('MailGuard checked 5 files (3 servers, 3 virtual servers): 1 error, 0 warnings, 0 info.')
