// The same bank beside a pom: bank/ holds only README.md, as a plain Markdown repository does.
new File(basedir, 'with-pom/README.md').bytes = new File(basedir, 'bank/README.md').bytes
true
