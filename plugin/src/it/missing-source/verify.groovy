def log = new File(basedir, 'build.log').text
assert log =~ /<sourceDirectory> \S+src\/main\/mail does not exist; in a module without mail configuration, set <skip>true<\/skip>/
assert !(log =~ /(?m)^\s+at [a-z]/)
