// Each module's report holds exactly its own bank's findings: nothing leaked between parallel runs.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Using the MultiThreadedBuilder') || log.contains('threads') : 'the build ran in parallel'
['a': 1, 'b': 2, 'c': 3, 'd': 4].each { name, n ->
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, "bank-${name}/target/qbank/qbank-report.json"))
    assert json.summary.files == 1
    assert json.findings.count { it.rule == 'missing-image' } == n : "bank-${name}"
    assert json.findings.count { it.rule == 'numbering' } == n : "bank-${name}"
    assert json.findings.every { it.file == 'README.md' }
    assert json.findings.findAll { it.rule == 'missing-image' }.every { it.actual.startsWith("img/${name}-") }
    assert new File(basedir, "bank-${name}/target/qbank/index.html").text.contains("qbank report: bank-${name}")
    // each module keeps its own model cache, in its own target
    def cache = new File(basedir, "bank-${name}/target/qbank/cache")
    assert new File(cache, 'qbank-cache.properties').isFile()
    assert cache.listFiles().count { it.name.endsWith('.qbf') } == 1 : "bank-${name}"
}
assert log.count('1 file(s): 1 parsed, 0 from the model cache') == 4 : log
return true
