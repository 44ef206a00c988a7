def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [a-zA-Z_$][\w.$]*\(/) : 'no stack trace'
assert !log.contains('Caused by:') : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
def byFile = json.findings.groupBy { it.file }
assert byFile['bank/binary.md']*.rule == ['unreadable-file']
assert byFile['bank/latin1.md']*.rule == ['invalid-encoding', 'missing-image']
assert byFile['bank/utf16.md']*.rule == ['invalid-encoding', 'missing-local-file']
assert byFile['bank/第一章 基础.md']*.rule == ['numbering']
assert byFile['bank/deep.md']*.rule == ['missing-image']
assert byFile['bank/forged.md']*.rule == ['missing-local-file', 'missing-local-file']
log.eachLine { line ->
    assert !line.trim().startsWith('::') : "a line the GitHub runner would run: $line"
    assert !line.contains('##[') : "a command of the runner's old syntax: $line"
}
['index.html', 'qbank.sarif', 'qbank-checkstyle.xml'].each { assert new File(basedir, "target/qbank/$it").length() > 0 }

def now = []
new File(basedir, 'bank').eachFileRecurse { now << it.path + ':' + it.length() }
assert now.sort().join('\n') == new File(basedir, 'before.txt').text : 'qbank wrote into the bank'
return true
