import java.nio.file.Files

def log = new File(basedir, 'build.log').text
assert log =~ /src\/main\/mail\/env.yaml:1:1: error MG111 unsafe-path: MailGuard does not read src\/main\/mail\/env.yaml: it is a symbolic link to \S+hostile-pull-request-secret.yaml, outside the project/ : log
assert log.contains('src/main/mail/moved.yaml:1:1: error MG111 unsafe-path') : log
assert log.contains('(a dangling link)') : log
assert log.contains('src/main/mail/pipe.yaml:1:1: error MG111 unsafe-path') : log
assert log.contains('it is a FIFO (named pipe), not a regular file') : log
// the injected name is shown, never acted on: no line of the output starts with the command
assert log.contains('src/main/mail/x\\n::stop-commands::pwned\\n.yaml:') : log
assert !(log =~ /(?m)^::stop-commands/) : log
def reports = new File(basedir, 'target/mailguard')
assert !log.contains('AWS_SECRET')
reports.eachFile { assert !it.text.contains('AWS_SECRET') : it }
if (new File('/proc/self/environ').canRead()) {
    assert log.contains('src/main/mail/environ.yaml:1:1: error MG111 unsafe-path') : log
    reports.eachFile { assert !it.text.contains('JAVA_HOME=') && !it.text.contains('PATH=/') : it }
}
// the report name was a link: replaced by the report, the victim untouched
assert new File(basedir, 'victim.txt').text == 'precious'
assert !Files.isSymbolicLink(new File(reports, 'mailguard.json').toPath())
assert new File(reports, 'mailguard.json').text.contains('"rule": "MG111"')
// the findings are logged before the reports are written
assert log.indexOf('error MG111') < log.indexOf('MailGuard report: target/mailguard/mailguard.sarif')
assert !(log =~ /(?m)^\s+at [a-z]/)
