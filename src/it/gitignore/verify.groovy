// The two builds of invoker.properties share build.log; split it at each build's end.
def log = new File(basedir, 'build.log').text
def builds = log.split(/BUILD (SUCCESS|FAILURE)/)
assert builds.size() >= 2 : "two builds expected:\n" + log
def (respected, everything) = builds[0..1]

// The link to generated/answers.md works: the file exists, it is only not checked.
assert respected.contains('qbank: 0 errors, 1 warning in 2 files') : respected
assert !respected.contains('[ERROR]') : respected
assert !respected.contains('missing-local-file') : respected

def errors = everything.readLines().findAll { it ==~ /\[ERROR\] [^ ]+\.md:\[.*/ }
assert errors == [
        '[ERROR] chapters/scratch.md:[3,10] (missing-image) image img/board.png does not exist',
        '[ERROR] generated/answers.md:[3,10] (missing-image) image img/chart.png does not exist',
        '[ERROR] local-notes.md:[3,10] (missing-image) image img/photo.png does not exist',
        '[ERROR] notes.draft.md:[3,11] (missing-image) image img/sketch.png does not exist'] : everything
assert everything.contains('in 6 files') : everything
