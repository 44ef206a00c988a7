// The four builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 4 : "four builds expected:\n" + log
def (dryRun, fix, check, again) = builds[0..3]
assert !log.contains('BUILD FAILURE')

// 1: the dry run printed the diff, wrote the patch and changed nothing
assert dryRun.contains('[INFO] -- 5 大模型LLM的 训练目标 是什么？')
assert dryRun.contains('[INFO] +- 3 大模型LLM的 训练目标 是什么？')
assert dryRun.contains('qbank: 4 findings would be fixed in 2 files, 4 not fixed; nothing written, the patch is target/qbank/fix.patch')
def patch = new File(basedir, 'target/qbank/fix.patch').getText('UTF-8')
// paths are relative to the git work tree that holds the project (this one sits in the plugin's)
def root = basedir.toPath().toAbsolutePath()
while (root != null && !root.resolve('.git').toFile().exists()) {
    root = root.parent
}
def at = root == null ? '' : root.relativize(basedir.toPath().toAbsolutePath()).toString().replace('\\', '/') + '/'
def readmePath = at + 'bank/README.md'
assert patch.startsWith("diff --git a/${readmePath} b/${readmePath}\n--- a/${readmePath}\n+++ b/${readmePath}\n@@ ") : patch
assert patch.contains('\n-- [点击查看答案](answers\\distributed.md)\n+- [点击查看答案](answers/distributed.md)\n')
assert patch.contains('\n-### 3.2 [位置编码篇](../answers/attention.md#位置编码)\n+## 3.2 [位置编码篇](../answers/attention.md#位置编码)\n')

// 2: the fix, with a count per rule at the end
assert fix.contains('[INFO] bank/README.md:[21,3] (numbering) fixed: expected 3, found 5')
assert fix.contains('[INFO] bank/chapters/transformer.md:[24,3] (numbering) fixed: expected 问题三, found 问题二')
assert fix.contains('(list-structure) not fixed: ')
assert fix.contains('qbank: 4 findings fixed in 2 files, 4 not fixed')
def counts = fix.readLines().findAll { it.startsWith('[INFO] qbank: ') && it.contains(' fixed, ') }
assert counts == ['[INFO] qbank: numbering: 2 fixed, 0 not fixed',
                  '[INFO] qbank: heading-level: 1 fixed, 0 not fixed',
                  '[INFO] qbank: list-structure: 0 fixed, 1 not fixed',
                  '[INFO] qbank: missing-image: 0 fixed, 2 not fixed',
                  '[INFO] qbank: missing-local-file: 1 fixed, 1 not fixed'] : counts

// the files differ from the copy only where the fixes are, as the dry run's patch says
def readme = new File(basedir, 'bank/README.md').getText('UTF-8')
def readmeBefore = new File(basedir, 'before/README.md').getText('UTF-8')
assert readme == readmeBefore.replace('- 5 大模型LLM的', '- 3 大模型LLM的').replace('answers\\distributed.md', 'answers/distributed.md')
assert new File(basedir, 'bank/chapters/java.md').bytes == new File(basedir, 'before/chapters/java.md').bytes

// 3: the check finds none of the fixed rules' findings that had a fix
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'))
def rules = json.findings*.rule
assert !rules.contains('numbering') : rules
assert !rules.contains('heading-level') : rules
assert rules.count('list-structure') == 1 : 'the folded Q4/Q5 lines have no certain fix: ' + rules
assert !json.findings.any { it.rule == 'missing-local-file' && it.actual?.contains('\\') }

// 4: a second fix changes nothing
assert again.contains('qbank: 0 findings fixed in 0 files, 4 not fixed')
assert new File(basedir, 'bank/README.md').getText('UTF-8') == readme
