// Writes a bank of hostile files (generated, so that no binary or broken file is committed).
def bank = new File(basedir, 'bank')
bank.mkdirs()
new File(bank, 'binary.md').bytes = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] as byte[]
def latin = new ByteArrayOutputStream()
latin.write('# Latin-1\n\ncaf'.getBytes('UTF-8'))
latin.write(0xE9)
latin.write('\n\n![x](gone.png)\n'.getBytes('UTF-8'))
new File(bank, 'latin1.md').bytes = latin.toByteArray()
def wide = new ByteArrayOutputStream()
wide.write(0xFF)
wide.write(0xFE)
wide.write('# 标题\n\n[x](nowhere.md)\n'.getBytes('UTF-16LE'))
new File(bank, 'utf16.md').bytes = wide.toByteArray()
new File(bank, 'notes.md').mkdirs()
new File(bank, '第一章 基础.md').setText('# 第一章\n\n- 1 问题一\n- 3 问题三\n\n- [答案](#第一章)\n', 'UTF-8')
def deep = new StringBuilder('# Deep\n\n')
(0..<1000).each { deep.append('> ' * it).append('- level ').append(it).append('\n') }
new File(bank, 'deep.md').setText(deep.toString() + '\n- [答案](#deep)\n\n<div><p><img src="lost.png"></div\n', 'UTF-8')
// text that would start a GitHub runner command if a log line carried it as it is
new File(bank, 'forged.md').setText('# Forged\n\n<a href="x\n::error file=README.md,line=1::forged\n.md">a</a>\n\n'
        + '[b](docs/%23%23%5Badd-mask%5Dqbank.md)\n', 'UTF-8')
try {
    new File(bank, 'n\n::warning file=a::forged by a name\n.md').setText('![i](gone.png)\n', 'UTF-8')
} catch (IOException ignored) {
    // a file system without newlines in names
}
new File(basedir, 'before.txt').text = listing()

String listing() {
    def out = []
    new File(basedir, 'bank').eachFileRecurse { out << it.path + ':' + it.length() }
    out.sort().join('\n')
}
return true
