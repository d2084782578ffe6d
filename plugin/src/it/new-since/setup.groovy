// A repository whose main branch holds the insecure topology; the working tree then reformats one
// file and opens one more relay.
def git(String... args) {
    def command = ['git', '-c', 'user.email=it@example.com', '-c', 'user.name=MailGuard IT', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : output
}
git 'init', '-q', '-b', 'main'
git 'add', 'pom.xml', 'src'
git 'commit', '-q', '-m', 'the topology as it stands'

def hub = new File(basedir, 'src/main/mail/hub.yaml')
hub.text = hub.text.replace('''        authentication:
          anonymous: true
          integratedWindows: true''', '''        authentication: {integratedWindows: true, anonymous: true}''')
def imap = new File(basedir, 'src/main/mail/imap-pop.yaml')
imap.text = imap.text.replace('hosts: [10.1.0.0/16]', 'hosts: [10.1.0.0/16, "::/0"]')
return true
