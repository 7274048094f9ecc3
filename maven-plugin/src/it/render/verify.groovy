assert new File(basedir, 'public/index.html').text.contains('Council approves winter shelter')
assert new File(basedir, 'build.log').text.contains('0 skipped')
