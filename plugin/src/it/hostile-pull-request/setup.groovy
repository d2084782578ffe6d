// What a pull request can add: links out of the project, a dangling link, a FIFO, a file name that
// injects a workflow command, and a report name that links to a file it wants overwritten.
import java.nio.file.Files

def mail = new File(basedir, 'src/main/mail').toPath()
def outside = new File(basedir.parentFile, 'hostile-pull-request-secret.yaml').toPath()
outside.toFile().text = 'apiVersion: mailguard/v1\norganization: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI\n'
Files.createSymbolicLink(mail.resolve('env.yaml'), outside)
if (new File('/proc/self/environ').canRead()) {
    Files.createSymbolicLink(mail.resolve('environ.yaml'), new File('/proc/self/environ').toPath())
}
Files.createSymbolicLink(mail.resolve('moved.yaml'), mail.resolve('moved-away.yaml'))
def fifo = new ProcessBuilder('mkfifo', mail.resolve('pipe.yaml').toString()).start()
assert fifo.waitFor() == 0
mail.resolve('x\n::stop-commands::pwned\n.yaml').toFile().text = mail.resolve('hub.yaml').toFile().text

def reports = Files.createDirectories(new File(basedir, 'target/mailguard').toPath())
def victim = new File(basedir, 'victim.txt').toPath()
victim.toFile().text = 'precious'
Files.createSymbolicLink(reports.resolve('mailguard.json'), victim)
return true
