System.getProperties().remove('qbank.it.links.server')?.stop(0)

def log = new File(basedir, 'build.log').text
def deadLines = log.readLines().findAll { it.contains('(dead-link)') }
assert deadLines.size() == 2 : log
assert deadLines[0].contains('README.md:[13,')
assert deadLines[0].contains('HTTP 404')
assert log.contains('qbank: 2 errors, 0 warnings')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
def byPath = json.links.collectEntries { [(new URI(it.url).path): it] }
assert json.links.size() == 3
assert byPath['/alive'].result == 'alive' && byPath['/alive'].status == 200
assert byPath['/gone'].result == 'dead' && byPath['/gone'].status == 404
assert byPath['/gone'].occurrences.size() == 2
assert byPath['/moved'].result == 'alive' && byPath['/moved'].redirect.endsWith('/alive')
assert new File(basedir, 'target/qbank/link-cache.json').text.contains('qbank-link-cache')
