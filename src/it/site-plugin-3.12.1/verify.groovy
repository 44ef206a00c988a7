def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('maven-site-plugin:3.12.1:site') || log.contains('site:3.12.1:site') : log
assert !log.contains('LinkageError') : log

def html = new File(basedir, 'target/site/qbank.html').getText('UTF-8')
assert html.contains('qbank checked 2 Markdown files')
assert html.contains('4 errors, 1 warning')
assert html.contains('<a href="qbank/index.html">qbank/index.html</a>')
assert html.contains('numbering (1 finding)')
assert html.contains('expected 3, found 4 (3 is missing)')
assert html.contains('href="#file-2">chapters/dns.md</a>')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/site/qbank/qbank-report.json'))
assert json.summary.errors == 4
