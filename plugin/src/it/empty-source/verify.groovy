def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard found no file to check in <sourceDirectory>') : log
assert log.contains('checking nothing is not passing') : log
assert log.contains('<allowEmpty>true</allowEmpty> (-Dmailguard.allowEmpty)') : log
assert !log.contains('MailGuard checked 0 files')
assert !(log =~ /(?m)^\s+at [a-z]/)
