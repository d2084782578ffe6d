// the pack's own build tested its policy's examples
def pack = new File(basedir, 'acme-policies/build.log').text
assert pack.contains('MailGuard policies: 1 policy, 2 examples: 2 behave as stated, 0 do not')
assert new File(basedir, 'acme-policies/target/acme-policies-1.0.jar').isFile()

// the topology's check took the policy from the plugin's dependency and failed on it, located
def log = new File(basedir, 'topology/build.log').text
assert log.contains('[ERROR] src/main/mail/hub.yaml:15:18: error ACME100 relay-hosts-inside-our-networks: EXCH02/Internal SMTP lets hosts outside 10.0.0.0/8 relay')
assert log.contains('BUILD FAILURE')
def sarif = new File(basedir, 'topology/target/mailguard/mailguard.sarif').text
assert sarif.contains('"id" : "ACME100"') || sarif.contains('"id":"ACME100"')
assert sarif.contains('Relay hosts are application servers in our own networks')
