def log = new File(basedir, 'build.log').text
def line = '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-site-plugin:3.3:site (default-site) on project' +
        ' site-plugin-3.3: failed to get report for io.github.qbank:qbank-maven-plugin: qbank:report needs' +
        ' maven-site-plugin 3.12.1 or later, but this site runs 3.3 (Maven 3.8\'s default): pin' +
        ' org.apache.maven.plugins:maven-site-plugin 3.21.0 in <build><pluginManagement> of the pom -> [Help 1]'
assert log.readLines().contains(line) : log
assert log.readLines().count { it.startsWith('[ERROR]') && it.contains('maven-site-plugin') } == 1 : log
assert !new File(basedir, 'target/site/qbank.html').exists()
