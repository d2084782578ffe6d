// the output directory's name is taken by a file
new File(basedir, 'reports').text = 'not a folder'
return true
