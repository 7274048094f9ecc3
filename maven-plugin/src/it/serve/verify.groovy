def log = new File(basedir, 'build.log').text
assert log.contains('Serving ') && log.contains('http://127.0.0.1:')
assert log.contains('Stopped serving.')
assert new File(basedir, 'public/index.html').isFile()
