// The example bank of the project (examples/bank), copied so that the fix rewrites the copy.
def source = new File(basedir, '../../../examples/bank').canonicalFile
assert source.isDirectory() : source
def target = new File(basedir, 'bank')
source.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def to = new File(target, source.toPath().relativize(f.toPath()).toString())
    to.parentFile.mkdirs()
    to.bytes = f.bytes
}
// the copy as it was, to compare with after the fix
def before = new File(basedir, 'before')
source.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def to = new File(before, source.toPath().relativize(f.toPath()).toString())
    to.parentFile.mkdirs()
    to.bytes = f.bytes
}
