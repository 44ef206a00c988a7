// Makes the project a git repository with the bank committed, then changes the bank after the commit.
def git(String... args) {
    def command = ['git', '-c', 'commit.gpgsign=false'] + args.toList()
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${out}"
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\nignored/\n'
git('init', '-q')
git('config', 'user.email', 'it@example.com')
git('config', 'user.name', 'qbank it')
git('add', '.')
git('commit', '-q', '-m', 'the bank, with one known defect in README.md')

// a committed file changed, with a new defect
new File(basedir, 'chapters/two.md').append('\n![flow](img/new.png)\n', 'UTF-8')
// an untracked file, with a new defect
new File(basedir, 'chapters/three.md').setText('# Three\n\n![chart](img/chart.png)\n', 'UTF-8')
// an ignored file is not a change
new File(basedir, 'ignored').mkdirs()
new File(basedir, 'ignored/notes.md').setText('# Notes\n\n![gone](img/gone.png)\n', 'UTF-8')
true
