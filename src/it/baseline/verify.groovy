// The four builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 4 : "four builds expected:\n" + log
def (adopt, known, planted, fixed) = builds[0..3]

def baseline = new File(basedir, 'qbank-baseline.json').text
def lines = baseline.readLines()
assert lines[0] == '{"qbankBaseline":1,"findings":['
assert lines.size() == 4 : baseline
assert lines[1].startsWith('{"file":"README.md","rule":"missing-image","fingerprint":"')
assert lines[2].startsWith('{"file":"README.md","rule":"numbering","fingerprint":"')
assert !baseline.contains('"line"')
assert adopt.contains('qbank: baseline qbank-baseline.json written with 2 findings')

assert known.contains('[INFO] README.md:[7,3] (numbering) expected 3, found 8 [known]')
assert !known.contains('[ERROR] README.md')
assert known.contains('qbank: 0 new errors, 0 new warnings, 2 known findings in 1 file')

def errors = planted.readLines().findAll { it.startsWith('[ERROR] README.md:') }
assert errors == ['[ERROR] README.md:[20,10] (missing-image) image img/chart.png does not exist'] : planted
assert planted.contains('[INFO] README.md:[10,3] (numbering) expected 3, found 8 [known]')
assert planted.contains('qbank: 1 new error, 0 new warnings, 2 known findings in 1 file')

assert fixed.contains('[INFO] qbank: 1 known finding is fixed; run mvn qbank:baseline to prune it')
assert fixed.contains('qbank: 0 new errors, 0 new warnings, 1 known finding in 1 file')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
assert json.findings*.status == ['known']
