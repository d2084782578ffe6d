def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard is skipped (mailguard.skip).')
assert !log.contains('MailGuard checked')
assert log.contains('BUILD SUCCESS')
