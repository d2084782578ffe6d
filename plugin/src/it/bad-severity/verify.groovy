def log = new File(basedir, 'build.log').text
assert log.contains("<severities> must give MG014 the severity error, warning, info or off, not 'MG014=loud'") : log
assert !(log =~ /(?m)^\s+at [a-z]/)
