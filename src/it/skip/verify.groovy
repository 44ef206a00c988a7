def log = new File(basedir, 'build.log').text
assert log.contains('qbank: skipped (qbank.skip)')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/qbank').exists()
