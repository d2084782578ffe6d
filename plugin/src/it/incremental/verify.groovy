def log = new File(basedir, 'build.log').text
def checked = (log =~ /MailGuard checked 5 files/).size()
def skipped = (log =~ /MailGuard: nothing changed since the last successful check of 5 files; skipping it/).size()
// first build checks, second skips, third (configuration changed) checks again
assert checked == 2 : log
assert skipped == 1 : log
assert log.indexOf('nothing changed') > log.indexOf('MailGuard checked 5 files')
assert log.lastIndexOf('MailGuard checked 5 files') > log.indexOf('nothing changed')
