// Two plain Markdown repositories without a pom: bank/ ignores nothing, ignoring/ ignores target/.
// Their git setup is made here: a .gitignore committed under src/it would hide files from the
// project's own repository.
def git(File dir, String... args) {
    def command = ['git'] + args.toList()
    def process = command.execute(null, dir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${out}"
}

git(new File(basedir, 'bank'), 'init', '-q')
git(new File(basedir, 'ignoring'), 'init', '-q')
new File(basedir, 'ignoring/.gitignore').setText('target/\n', 'UTF-8')
true
