// mvn mailguard:report on its own: the same page, without a site around it
def page = new File(basedir, 'target/site/mailguard.html')
assert page.isFile()
def html = page.text
assert html.startsWith('<!DOCTYPE html')
assert html.contains('MailGuard checked 1 file')
assert html.contains('src/main/mail/hub.yaml:19:19')
assert html.contains('Internal SMTP &lt;b&gt;relay&lt;/b&gt;')
def log = new File(basedir, 'build.log').text
assert log.contains('MailGuard report: ')
assert log.contains('BUILD SUCCESS')
