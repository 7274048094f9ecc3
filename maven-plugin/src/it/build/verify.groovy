def index = new File(basedir, 'public/index.html')
assert index.isFile() : 'public/index.html was not written'
assert index.text.contains('Harbour bridge reopens after repairs')
assert index.text.contains('Finally.')
assert new File(basedir, 'data/last-build.json').isFile()
assert new File(basedir, 'build.log').text.contains('Sources: 1 ok')
// A pick that cannot be used is an error at its own level, though the build goes on without it.
assert new File(basedir, 'build.log').text.contains("[ERROR] picks/broken.md:3: 'date' must look like")
