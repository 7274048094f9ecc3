String log = new File(basedir, 'build.log').text
// Typed at the parent: the parent and the library module hold no site and are passed over, not failed.
assert log.contains('Skipping Broadsheet here: no broadsheet.yaml in ' + basedir.canonicalPath) || log.contains('Skipping Broadsheet here: no broadsheet.yaml in ' + basedir.absolutePath)
assert log.contains('No problems found in')
// One site given for the whole build is built once, in its module.
assert log.contains('is built in the module site')
// And given relative to where mvn runs: the same site, built once again in its module, not sought in site/site.
assert log.count('Pages: ') == 2
assert !log.contains('no site config here')
assert new File(basedir, 'site/public/index.html').exists()
