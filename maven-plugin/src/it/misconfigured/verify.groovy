def log = new File(basedir, 'build.log').text
assert log.contains("broadsheet.yaml:3: unknown key 'colour'")
assert log.contains('known keys here:')
assert !new File(basedir, 'public').exists()
