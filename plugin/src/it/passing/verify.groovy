def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard checked 5 files (3 servers, 3 virtual servers): 0 errors, 0 warnings, 0 info.')
assert log.contains('BUILD SUCCESS')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\] .*MG\d{3}/)
