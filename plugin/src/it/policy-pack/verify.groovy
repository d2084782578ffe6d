// one build.log holds the three invocations
def log = new File(basedir, 'build.log').text

// the pack was built and installed; its own build tested the policy's examples
assert new File(basedir, 'acme-policies/target/acme-policies-1.0.jar').isFile()
assert log.contains('MailGuard policies: 1 policy, 2 examples: 2 behave as stated, 0 do not')

// the topology's check took the policy from the plugin's dependency and failed on it, located
assert log.contains('[ERROR] src/main/mail/hub.yaml:15:18: error ACME100 relay-hosts-inside-our-networks: EXCH02/Internal SMTP lets hosts outside 10.0.0.0/8 relay')
def sarif = new File(basedir, 'topology/target/mailguard/mailguard.sarif').text
assert sarif =~ /"id"\s*:\s*"ACME100"/
assert sarif.contains('Relay hosts are application servers in our own networks')
