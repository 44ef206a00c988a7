#!/usr/bin/env bash
# Link-checking benchmark: qbank against markdown-link-check on the same bank of N unique URLs,
# served on loopback (127.0.0.1 ... 127.0.0.50) with a fixed delay per request.
#
#   bench/links.sh [N=1000] [DELAY_MS=100] [CONCURRENCY=64]
#   SKIP_MLC=1 bench/links.sh      # qbank alone, without markdown-link-check
#
# In one run: qbank with the soft-404 probes (the default), qbank without them
# (-Dqbank.links.softNotFound=false), qbank on a warm cache, and markdown-link-check. Prints wall
# times and ratios: qbank's link time against the limit N x delay / concurrency, with probes
# against without, and markdown-link-check's time against qbank's. Link time is given twice: as
# the difference of whole `mvn verify` runs (as markdown-link-check is timed), and as the
# difference of qbank's own time (durationMs of the JSON report), which Maven's start-up does not
# blur. Nothing leaves the machine.
# The plugin is installed into bench/work/repo (the shared ~/.m2 is only read).
set -euo pipefail
N=${1:-1000}
DELAY=${2:-100}
CONC=${3:-64}
HOSTS=50
PER_FILE=20
PORT=${BENCH_PORT:-18080}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/work/links-$N"
rm -rf "$work" && mkdir -p "$work/bank"

now() { date +%s.%N; }

# The bank: N unique URLs, PER_FILE per file, spread over HOSTS loopback addresses.
python3 - "$work/bank" "$N" "$PER_FILE" "$HOSTS" "$PORT" <<'PY'
import sys, os
out, n, per, hosts, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
files = (n + per - 1) // per
for f in range(files):
    lines = ["# 第%d章" % (f + 1), "", "## [%d.1 Links](#第%d章)" % (f + 1, f + 1), ""]
    for i in range(f * per, min(n, (f + 1) * per)):
        lines.append("- %d Question %d: [点击查看答案](http://127.0.0.%d:%d/answer/%d)" % (i - f * per + 1, i, i % hosts + 1, port, i))
    open(os.path.join(out, "chapter-%04d.md" % f), "w").write("\n".join(lines) + "\n")
PY

cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>links</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.qbank</groupId><artifactId>qbank-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><failOn>never</failOn><formats>json</formats><linksAllowPrivate>true</linksAllowPrivate>
      <linksConcurrency>$CONC</linksConcurrency></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM

repo="$here/work/repo"
mvn_repo=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")
echo "building qbank ..."
(cd "$root" && ./mvnw -q -B -o install -DskipTests -Dinvoker.skip "${mvn_repo[@]}" >/dev/null)

if [ -z "${SKIP_MLC:-}" ] && [ ! -x "$here/work/node_modules/.bin/markdown-link-check" ]; then
  echo "installing markdown-link-check from npm ..."
  npm install --silent --prefix "$here/work" markdown-link-check@3 >/dev/null 2>&1
fi

python3 "$here/serve_links.py" "$PORT" "$HOSTS" "$DELAY" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q ready "$work/server.log" 2>/dev/null && break; sleep 0.1; done

mvn_run() {
  (cd "$work" && "$root/mvnw" -q -B -nsu verify "${mvn_repo[@]}" "$@" > "$work/mvn.log" 2>&1) \
    || { cat "$work/mvn.log"; exit 1; }
}
own() { python3 -c "import json;print(json.load(open('$work/target/qbank/qbank-report.json'))['summary']['durationMs'])"; }
alive() { python3 -c "import json;d=json.load(open('$work/target/qbank/qbank-report.json'));print(sum(1 for l in d['links'] if l['result']=='alive'))"; }

mvn_run -Dqbank.links=skip                       # warm Maven's own caches
t0=$(now); mvn_run -Dqbank.links=skip; t1=$(now)
own_skip=$(own)
rm -f "$work/target/qbank/link-cache.json"
t2=$(now); mvn_run; t3=$(now)                   # with the soft-404 probes (the default)
alive=$(alive); own_check=$(own)
rm -f "$work/target/qbank/link-cache.json"
t8=$(now); mvn_run -Dqbank.links.softNotFound=false; t9=$(now)
alive_plain=$(alive); own_plain=$(own)
t4=$(now); mvn_run; t5=$(now)                   # warm cache: no requests

t6=$(now)
if [ -z "${SKIP_MLC:-}" ]; then
  (cd "$work" && "$here/work/node_modules/.bin/markdown-link-check" -q bank/*.md > "$work/mlc.log" 2>&1) || true
else
  : > "$work/mlc.log"
fi
t7=$(now)
mlc_dead=$(grep -c '✖' "$work/mlc.log" || true)

python3 - "$N" "$HOSTS" "$DELAY" "$CONC" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" "$t6" "$t7" "$t8" "$t9" \
    "$alive" "$alive_plain" "$mlc_dead" "$(nproc)" "$(java -version 2>&1 | head -1)" \
    "$own_skip" "$own_check" "$own_plain" <<'PY'
import sys
a = sys.argv[1:]
own_skip, own_check, own_plain = int(a[19]) / 1000, int(a[20]) / 1000, int(a[21]) / 1000
n, hosts, delay, conc = int(a[0]), int(a[1]), int(a[2]), int(a[3])
t = [float(x) for x in a[4:14]]
alive, alive_plain, mlc_dead, cores, java = a[14], a[15], a[16], a[17], a[18]
skip, check, cached, mlc, plain = t[1] - t[0], t[3] - t[2], t[5] - t[4], t[7] - t[6], t[9] - t[8]
links, links_plain = check - skip, plain - skip
limit = n * delay / 1000 / conc
print()
print("links benchmark: %d unique URLs on %d loopback hosts, %d ms per request, concurrency %d" % (n, hosts, delay, conc))
print("  machine: %s cores, %s" % (cores, java))
print("  mvn verify, links skipped:    %8.2f s  (Maven and JVM start-up, parse, rules)" % skip)
print("  mvn verify, links checked:    %8.2f s  (%s of %d alive; soft-404 probes on)" % (check, alive, n))
print("  of which link checking:       %8.2f s  limit N x delay / concurrency = %.2f s, ratio %.2f" % (links, limit, links / limit))
print("  mvn verify, without probes:   %8.2f s  (%s of %d alive; -Dqbank.links.softNotFound=false)" % (plain, alive_plain, n))
print("  of which link checking:       %8.2f s  ratio to the limit %.2f" % (links_plain, links_plain / limit))
print("  probes on / off:              %8.2f x  link checking (target <= 1.15)" % (links / links_plain))
print("  qbank's own time (durationMs): %7.2f s skipped, %.2f s checked, %.2f s without probes" % (own_skip, own_check, own_plain))
print("  of which link checking:       %8.2f s  ratio to the limit %.2f; without probes %.2f s, %.2f; on / off %.2f x" % (
      own_check - own_skip, (own_check - own_skip) / limit, own_plain - own_skip, (own_plain - own_skip) / limit,
      (own_check - own_skip) / (own_plain - own_skip)))
print("  mvn verify, warm cache:       %8.2f s" % cached)
print("  markdown-link-check (npm):    %8.2f s  (%s failures reported)" % (mlc, mlc_dead))
print("  markdown-link-check / qbank:  %8.2f x  whole runs (qbank's includes %.2f s of Maven start-up)" % (mlc / check, skip))
print("  markdown-link-check / qbank:  %8.2f x  link checking alone" % (mlc / links))
PY
