// Only the changed and the untracked file are reported: README.md's committed defect is not, and
// the ignored file is not even checked (qbank.respectGitignore).
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it ==~ /\[ERROR\] [^ ]+\.md:\[.*/ }
assert errors == [
        '[ERROR] chapters/three.md:[3,10] (missing-image) image img/chart.png does not exist',
        '[ERROR] chapters/two.md:[7,9] (missing-image) image img/new.png does not exist'] : log
assert log.contains('[INFO] qbank: ratchet: 2 files changed since HEAD; 1 finding in other files not reported') : log
assert !log.contains('README.md:[') : log
assert !log.contains('ignored/notes.md') : log

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
assert json.findings.collect { "${it.file}:${it.line} ${it.rule}".toString() } == [
        'chapters/three.md:3 missing-image',
        'chapters/two.md:3 missing-answer-link',
        'chapters/two.md:7 missing-image']
