// GITHUB_STEP_SUMMARY is relative: Maven runs in the project, so the summary is target/job-summary.md there
def summary = new File(basedir, 'target/job-summary.md')
assert summary.isFile() : 'the check appends the job summary'
def text = summary.text
assert text.startsWith('### MailGuard: ')
assert text.contains('| Severity | Rule | Where | Finding |')
assert text.contains('| error | MG003 anonymous\\-internal | [src\\/main\\/mail\\/hub\\.yaml\\:15\\:22](https://github.com/acme/mail-config/blob/0123456789abcdef0123456789abcdef01234567/src/main/mail/hub.yaml#L15) |')
assert !text.contains('| info |') : 'only failing findings are listed'
