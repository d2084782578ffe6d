def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard checked 0 files') : log
assert log.contains('BUILD SUCCESS') : log
