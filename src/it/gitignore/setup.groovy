// Writes the ignore rules and the ignored files here, not in the project's sources: a .gitignore
// committed under src/it would hide these files from the project's own repository.
def git(String... args) {
    def command = ['git'] + args.toList()
    def process = command.execute(null, basedir)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "${command.join(' ')} failed:\n${out}"
}

def write(String path, String text) {
    def file = new File(basedir, path)
    file.parentFile.mkdirs()
    file.setText(text, 'UTF-8')
}

git('init', '-q')
write('.gitignore', 'target/\nbuild.log\ngenerated/\n*.draft.md\n')
write('chapters/.gitignore', 'scratch.md\n')
write('.git/info/exclude', 'local-notes.md\n')
write('generated/answers.md', '# Answers\n\n![chart](img/chart.png)\n')
write('notes.draft.md', '# Draft\n\n![sketch](img/sketch.png)\n')
write('chapters/scratch.md', '# Scratch\n\n![board](img/board.png)\n')
write('local-notes.md', '# Mine\n\n![photo](img/photo.png)\n')
true
