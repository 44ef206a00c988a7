// The three builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 3 : "three builds expected:\n" + log
def (adopt, known, ignoring) = builds[0..2]

def reminder = '[INFO] qbank: git does not ignore target/, where qbank writes its reports and caches; add target/ to' +
        ' .gitignore, so that they are not committed with the baseline'
assert adopt.contains('qbank: baseline qbank-baseline.json written with 2 findings') : adopt
assert adopt.readLines().count { it == reminder } == 1 : adopt
def baseline = new File(basedir, 'bank/qbank-baseline.json').text
assert baseline.readLines().size() == 4 : baseline
assert baseline.contains('"rule":"missing-image"') && baseline.contains('"rule":"numbering"')

assert known.contains('[INFO] README.md:[7,3] (numbering) expected 3, found 8 [known]') : known
assert known.contains('qbank: 0 new errors, 0 new warnings, 2 known findings in 1 file') : known
assert !known.contains(reminder) : 'only the baseline reminds'

assert ignoring.contains('qbank: baseline qbank-baseline.json written with 2 findings') : ignoring
assert !ignoring.contains('does not ignore target/') : ignoring
assert new File(basedir, 'ignoring/qbank-baseline.json').isFile()
