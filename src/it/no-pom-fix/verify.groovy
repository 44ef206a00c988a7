def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 3 : "three builds expected:\n" + log
def (dryRun, fix, check) = builds[0..2]

def patch = new File(basedir, 'target/qbank/fix.patch').text
assert patch.contains('-- 4. Why does QUIC run over UDP?') && patch.contains('+- 3. Why does QUIC run over UDP?') : patch
assert dryRun.contains('Building Maven Stub Project (No POM)')

assert new File(basedir, 'README.md').text.contains('- 3. Why does QUIC run over UDP?')
assert !new File(basedir, 'README.md').text.contains('- 4.')
assert check.contains('qbank: 0 errors, 0 warnings in 1 file') : check
