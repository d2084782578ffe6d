def log = new File(basedir, 'build.log').text
assert log =~ /cannot write \S+reports: it is a file, not a folder; remove it or choose another output directory; the findings are in the log above/ : log
// the findings first, then the error
assert log.indexOf(': error MG') > 0 : log
assert log.indexOf(': error MG') < log.indexOf('cannot write')
assert new File(basedir, 'reports').text == 'not a folder'
assert !(log =~ /(?m)^\s+at [a-z]/)
