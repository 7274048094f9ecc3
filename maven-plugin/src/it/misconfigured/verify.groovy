def log = new File(basedir, 'build.log').text
assert log.contains("broadsheet.yaml:3: unknown key 'colour'")
assert log.contains('known keys here:')
assert !new File(basedir, 'public').exists()
// Each problem once: Maven's summary counts them instead of repeating them.
assert log.count("unknown key 'colour'") == 1
assert log =~ /Broadsheet failed for .*: \d+ problems?, logged above \(the first at \S*broadsheet\.yaml:3\)/
