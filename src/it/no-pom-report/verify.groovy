def log = new File(basedir, 'build.log').text
assert log.contains('Building Maven Stub Project (No POM)')
assert log.contains('qbank: 2 errors, 0 warnings in 1 file') : log
assert log.contains('report: target/site/qbank/index.html') : log
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/site/qbank/qbank-report.json'))
assert json.findings*.rule == ['numbering', 'missing-image']
assert new File(basedir, 'target/site/qbank/index.html').isFile()
assert !new File(basedir, 'target/qbank/index.html').exists() : 'the reports of qbank:report go to the site'
