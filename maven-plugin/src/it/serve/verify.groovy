def log = new File(basedir, 'build.log').text
assert log.contains('Serving ') && log.contains('http://127.0.0.1:')
assert log.contains('Stopped serving.')
assert new File(basedir, 'public/index.html').isFile()
// A rebuild's problems keep their level: a pick that cannot be used is an error, not information.
assert log.contains("[ERROR] picks/broken.md:3: 'date' must look like")
