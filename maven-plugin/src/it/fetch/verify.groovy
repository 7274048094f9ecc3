assert new File(basedir, 'data/articles/2026/11/20.json').text.contains('Harbour bridge reopens')
assert !new File(basedir, 'public').exists() : 'fetch must not render the site'
