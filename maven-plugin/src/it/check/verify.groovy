assert new File(basedir, 'build.log').text.contains('No problems found')
assert !new File(basedir, 'public').exists() : 'check must not write the site'
