def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def page = new File(basedir, 'target/site/qbank.html')
assert page.isFile() : 'mvn site wrote no qbank.html'
def html = page.getText('UTF-8')

// the summary: counts per severity and per rule, and the link to the full report
assert html.contains('qbank checked 2 Markdown files')
assert html.contains('4 errors, 1 warning')
assert html.contains('id="summary"')
assert html.contains('<a href="qbank/index.html">qbank/index.html</a>')
assert html.contains('href="#rule-numbering">numbering</a>')
assert html.contains('href="https://github.com/qbank/qbank-maven-plugin/blob/main/docs/rules/numbering.md"')

// per rule and per file
assert html.contains('id="rules"')
assert html.contains('numbering (1 finding)')
assert html.contains('broken-anchor (1 finding)')
assert html.contains('missing-local-file (1 finding)')
assert html.contains('missing-image (1 finding)')
assert html.contains('duplicate-question (1 finding)')
assert html.contains('expected 3, found 4 (3 is missing)')
assert html.contains('id="files"')
assert html.contains('href="#file-1">README.md</a>')
assert html.contains('href="#file-2">chapters/dns.md</a>')
assert !html.contains('missing-answer-link (') : 'a rule switched off in <configuration> has no findings'

// the full reports beside the page, from the same check
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/site/qbank/qbank-report.json'))
assert json.summary.errors == 4
assert json.summary.warnings == 1
assert new File(basedir, 'target/site/qbank/index.html').isFile()
assert new File(basedir, 'target/site/qbank/qbank.sarif').isFile()

// the site lists the report among the project reports
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile() && reports.getText('UTF-8').contains('qbank.html')
