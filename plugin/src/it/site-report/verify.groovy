def page = new File(basedir, 'target/site/mailguard.html')
assert page.isFile() : 'mvn site writes the MailGuard page'
def html = page.text
// the site's look: the skin's page around the report
assert html.contains('css/maven-base.css') || html.contains('css/apache-maven-fluido') : 'the page has the site skin'
assert html.contains('<h1>MailGuard</h1>') || html =~ /<h1[^>]*>MailGuard<\/h1>/
assert html.contains('MailGuard checked 1 file')
// the findings, each at its place, the rule linked to its page
assert html.contains('src/main/mail/hub.yaml:19:19')
assert html.contains('MG001 open-relay')
assert html.contains('https://github.com/mailguard/mailguard/blob/main/docs/rules/MG001.md')
assert html.contains('fails the build')
assert html.contains('suppressed (in-source): kept for the site report')
// text from the YAML is escaped, never markup
assert html.contains('Internal SMTP &lt;b&gt;relay&lt;/b&gt;')
assert !html.contains('<b>relay</b>')
// the project-reports index lists it
assert new File(basedir, 'target/site/project-reports.html').text.contains('mailguard.html')
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'a report never fails the build'
