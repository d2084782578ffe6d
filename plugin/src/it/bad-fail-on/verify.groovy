def log = new File(basedir, 'build.log').text
assert log.contains("<failOn> must be error, warning, info or never, not 'errors'")
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-z]/)
