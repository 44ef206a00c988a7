// The four builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 4 : "four builds expected:\n" + log
def (noPom, withPom, properties, skipped) = builds[0..3]

def findingLines = { String build -> build.readLines().findAll { it ==~ /\[(ERROR|WARNING)\] README\.md:\[.*/ } }
def expected = [
        '[ERROR] README.md:[7,3] (numbering) expected 3, found 4 (3 is missing)',
        '[ERROR] README.md:[13,3] (numbering) expected 3, found 2',
        '[ERROR] README.md:[15,11] (missing-image) image img/paging.png does not exist',
        '[ERROR] README.md:[17,29] (missing-local-file) link target chapters/scheduler.md does not exist',
        '[ERROR] README.md:[17,66] (broken-anchor) anchor #三signals matches no heading']
assert findingLines(noPom) == expected : noPom
assert findingLines(withPom) == expected : withPom
assert noPom.contains('Building Maven Stub Project (No POM)')
assert noPom.contains('qbank: 5 errors, 0 warnings in 1 file') && withPom.contains('qbank: 5 errors, 0 warnings in 1 file')

// the reports go to target/qbank/ of the folder, with the same findings as with a pom
def slurper = new groovy.json.JsonSlurper()
def report = { String folder -> slurper.parse(new File(basedir, folder + '/target/qbank/qbank-report.json')) }
def comparable = { json -> json.findings.collect { it.subMap(['rule', 'severity', 'file', 'line', 'column', 'message', 'expected', 'actual', 'fingerprint', 'status']) } }
def bankFindings = comparable(report('bank'))
assert bankFindings.size() == 5
assert bankFindings == comparable(report('with-pom'))
assert report('bank').summary.subMap(['files', 'chapters', 'questions', 'links', 'images', 'errors', 'warnings']) ==
        report('with-pom').summary.subMap(['files', 'chapters', 'questions', 'links', 'images', 'errors', 'warnings'])
assert new File(basedir, 'bank/target/qbank/index.html').isFile()
assert new File(basedir, 'bank/target/qbank/qbank.sarif').isFile()
// nothing besides the reports: the bank's folder holds README.md, target/ and the third build's reports/
assert new File(basedir, 'bank').list().sort() == ['README.md', 'reports', 'target']

// -Dqbank.* properties without a pom
assert properties.contains('qbank: 3 errors, 0 warnings in 1 file') : properties
assert !properties.contains('(numbering)')
def checkstyle = new File(basedir, 'bank/reports/qbank-checkstyle.xml')
assert checkstyle.isFile()
assert checkstyle.text.contains('source="qbank.missing-image"') && !checkstyle.text.contains('qbank.numbering')
assert !new File(basedir, 'bank/reports/qbank-report.json').exists()

assert skipped.contains('qbank: skipped (qbank.skip)')
