def log = new File(basedir, 'build.log').text
assert log =~ /<sourceDirectory> \S+mail is a file; point it at the folder that holds the configuration files/
assert !(log =~ /(?m)^\s+at [a-z]/)
