def log = new File(basedir, 'build.log').text
assert log.contains('qbank: 0 errors, 0 warnings in 2 files')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
assert json.summary.files == 2
