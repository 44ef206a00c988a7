def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] README.md:[7,11] (missing-image) image img/absent.png does not exist')
assert log.contains('qbank: 1 error, 0 warnings in 1 file')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
assert json.summary.errors == 1
assert json.findings.size() == 1
def f = json.findings[0]
assert f.rule == 'missing-image' && f.severity == 'error' && f.file == 'README.md'
assert f.line == 7 && f.column == 11 && f.actual == 'img/absent.png'
assert new File(basedir, 'target/qbank/qbank-checkstyle.xml').text.contains('source="qbank.missing-image"')
