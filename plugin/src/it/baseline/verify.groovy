def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard wrote 18 finding(s) to the baseline mailguard-baseline.yaml')
def baseline = new File(basedir, 'mailguard-baseline.yaml').text
assert baseline.contains('rule: MG003')
assert baseline.contains('object: EXCH02/Internal SMTP')
assert !(baseline =~ /(?m)^\s*line:|\.yaml:\d+/)  // no line numbers, no file names
assert log.contains('MailGuard checked 5 files (3 servers, 3 virtual servers): 0 errors, 0 warnings, 0 info, 18 suppressed.')
assert log.contains('BUILD SUCCESS')
// every report was written, with the baselined findings marked
['mailguard.sarif', 'mailguard-junit.xml', 'mailguard.json', 'mailguard.html'].each {
    assert new File(basedir, "target/mailguard/$it").isFile() : it
}
def sarif = new File(basedir, 'target/mailguard/mailguard.sarif').text
assert sarif.contains('"baselineState": "unchanged"')
