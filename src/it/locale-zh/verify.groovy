// -Dqbank.locale=zh-CN: the console, the JSON message and the HTML page are Chinese; nothing else changes
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] README.md:[7,11] (missing-image) 图片 img/absent.png 不存在')
assert log.contains('qbank：检查了 1 个文件（')
assert log.contains('发现 1 个错误、0 个警告')
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank-report.json'), 'UTF-8')
def f = json.findings[0]
assert f.message == '图片 img/absent.png 不存在'
assert f.rule == 'missing-image' && f.actual == 'img/absent.png' && f.expected == null
def html = new File(basedir, 'target/qbank/index.html').getText('UTF-8')
assert html.contains('<html lang="zh-CN">')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/qbank/qbank.sarif'), 'UTF-8')
assert sarif.runs[0].language == 'zh-CN'
