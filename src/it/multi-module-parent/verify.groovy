// Each finding is reported once, by the module that owns its file; the parent checks only its own.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['img/parent.png', 'img/a.png', '../img/a-notes.png', 'img/b.png'].each { image ->
    assert log.count("(missing-image) image ${image} does not exist") == 1 : "${image}:\n${log}"
}
def findings = { String dir ->
    def json = new groovy.json.JsonSlurper().parse(new File(basedir, "${dir}target/qbank/qbank-report.json"))
    json.findings.collect { "${it.file} ${it.rule} ${it.actual}".toString() }
}
assert findings('') == ['README.md missing-image img/parent.png']
assert findings('bank-a/') == ['README.md missing-image img/a.png', 'docs/notes.md missing-image ../img/a-notes.png']
assert findings('bank-b/') == ['README.md missing-image img/b.png']
assert log.contains('[INFO] qbank: the folders of modules bank-a, bank-b are left to their own checks')
return true
