// SPEC §6.1: main holds a hub with one key the schema does not know (MG100, accepted in the baseline,
// ignored inline and downgraded to a warning); the working tree then opens the hub. No mode may pass it.
def git(String... args) {
    def command = ['git', '-c', 'user.email=it@example.com', '-c', 'user.name=MailGuard IT', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    assert process.waitFor() == 0 : output
}
git 'init', '-q', '-b', 'main'
git 'add', 'pom.xml', 'src', 'mailguard-baseline.yaml'
git 'commit', '-q', '-m', 'the hub as it stands, its MG100 in the baseline'

def hub = new File(basedir, 'src/main/mail/hub.yaml')
hub.text = hub.text
        .replace('    legacyNote:', '    # mailguard:ignore MG100 reason="the old tooling reads it"\n    legacyNote:')
        .replace('anonymous: false', 'anonymous: true')
        .replace('hosts: [10.1.0.21]', 'hosts: [0.0.0.0/0]')
return true
