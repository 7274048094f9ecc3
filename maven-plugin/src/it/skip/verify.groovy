assert new File(basedir, 'build.log').text.contains('Skipping Broadsheet')
assert !new File(basedir, 'public').exists()
