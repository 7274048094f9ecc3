// The error fails the Maven build, as broadsheet build --offline --fail-on-errors exits 4, and the site is
// published all the same (the broken pick left out).
String log = new File(basedir, 'build.log').text
assert log.contains("picks/broken.md:4: 'pin' must be true or false") : 'the pick is named at its line'
assert log.contains('BUILD FAILURE')
assert new File(basedir, 'public/index.html').text.contains('Council approves winter shelter')
