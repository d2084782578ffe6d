def log = new File(basedir, 'build.log').text
['mailguard.sarif', 'mailguard-junit.xml', 'mailguard.json', 'mailguard.html'].each {
    assert log.contains("MailGuard report: target/mailguard/$it") : it
    assert new File(basedir, "target/mailguard/$it").length() > 0 : it
}
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/mailguard/mailguard-junit.xml')).documentElement
// failOn=never: nothing fails, so JUnit lists no failures
assert junit.getAttribute('failures') == '0'
def json = new File(basedir, 'target/mailguard/mailguard.json').text
assert json.contains('"format": "mailguard-report/v1"')
assert json =~ /"rule": "MG003",[^}]*"file": "src\/main\/mail\/hub.yaml",\s*"line": 15,/
