def log = new File(basedir, 'build.log').text
assert log.contains("<includes> must be a glob; the glob '[' cannot be read at column 1: the character class '[' is never closed; end it with ']', not '['") : log
assert log.contains("<maxFileSize> must be a positive number of bytes (default 4194304), not '-1'") : log
assert log.contains("<newSince> must name a branch, tag or commit") : log
assert !log.contains('Missing \']')
assert !log.contains('mailguard: null')
assert !(log =~ /(?m)^\s+at [a-z]/)
