def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def rules = 'one element per rule, e.g.'
def example = '<rules><broken-anchor>warning</broken-anchor></rules>.'
def help = log.indexOf('--- qbank:')
def describe = log.indexOf('--- help:')
assert help >= 0 && describe > help

// both print the example whole, once each: qbank:help first, then help:describe
[log.substring(help, describe), log.substring(describe)].each { out ->
    def flat = out.replaceAll(/\s+/, ' ')
    assert flat.contains(rules + ' ' + example) : 'the <rules> example is not printed as written'
    assert flat.contains('comma-separated or as <include> elements')
    assert flat.contains('over <rules>: -Dqbank.rules=missing-answer-link:off,numbering:warning')
    assert flat.contains('<header><host>*.example.com</host><name>Authorization</name>')
    assert !flat.contains('&lt;') && !flat.contains('&amp;')
}
true
