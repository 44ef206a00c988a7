// The two builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 2 : "two builds expected:\n" + log
def (site, github) = builds[0..1]

assert !site.contains('missing-local-file') : site
assert !site.contains('broken-anchor') : site
assert site.contains('qbank: 0 errors') : site

def errors = github.readLines().findAll { it ==~ /\[ERROR\] [^ ]+\.md:\[.*/ }
assert errors.size() == 10 : errors.join('\n')
assert errors.every { it.contains('(missing-local-file)') } : errors.join('\n')
assert errors.contains('[ERROR] docs/_sidebar.md:[2,23] (missing-local-file) link target /ch1 does not exist') : errors.join('\n')
