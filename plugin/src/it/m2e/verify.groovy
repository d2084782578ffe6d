import java.util.jar.JarFile
import javax.xml.parsers.DocumentBuilderFactory

def versions = new File(localRepositoryPath, 'io/mailguard/mailguard-maven-plugin').listFiles().findAll { it.isDirectory() }
assert versions.size() == 1 : versions
def version = versions[0].name
def jar = new JarFile(new File(versions[0], "mailguard-maven-plugin-${version}.jar"))
def entry = jar.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
assert entry != null : 'the plugin jar carries the m2e lifecycle mapping'
def document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(jar.getInputStream(entry))
def executions = document.getElementsByTagName('pluginExecution')
assert executions.length == 1
def execution = executions.item(0)
assert execution.getElementsByTagName('goal').item(0).textContent == 'check'
def execute = execution.getElementsByTagName('execute').item(0)
assert execute != null : 'm2e executes the goal rather than ignoring it'
assert execute.getElementsByTagName('runOnIncremental').item(0).textContent == 'true'
jar.close()
