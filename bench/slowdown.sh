#!/usr/bin/env bash
# Adaptive slowdown: qbank on a bank of N answer links to one loopback host that allows RATE
# requests in any second and answers 429 with "Retry-After: 1" beyond them (serve_ratelimited.py).
#
#   bench/slowdown.sh [N=224] [RATE=20]
#
# Prints the links misjudged (every link is a real page: anything but alive is misjudged), qbank's
# link time against N / RATE seconds, the server's first-to-last request span, and the 429 answers
# as the server counted them and as qbank reported them; the server's requests per second, second by
# second, are in bench/work/slowdown-N/requests.log (time, status). The plugin is installed into
# bench/work/repo (the shared ~/.m2 is only read). Nothing leaves the machine.
set -euo pipefail
N=${1:-224}
RATE=${2:-20}
PORT=${BENCH_PORT:-18180}
PER_FILE=20

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/work/slowdown-$N"
rm -rf "$work" && mkdir -p "$work/bank"
repo="$here/work/repo"
mvn_repo=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")

python3 - "$work/bank" "$N" "$PER_FILE" "$PORT" <<'PY'
import sys, os
out, n, per, port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
for f in range((n + per - 1) // per):
    lines = ["# Chapter %d" % (f + 1), "", "## [%d.1 Articles](#chapter-%d)" % (f + 1, f + 1), ""]
    for i in range(f * per, min(n, (f + 1) * per)):
        lines.append("- %d Question %d: [answer](http://127.0.0.1:%d/article/%d)" % (i - f * per + 1, i, port, i))
    open(os.path.join(out, "chapter-%03d.md" % f), "w").write("\n".join(lines) + "\n")
PY

cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>slowdown</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.qbank</groupId><artifactId>qbank-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><failOn>never</failOn><formats>json</formats><linksAllowPrivate>true</linksAllowPrivate></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B -o install -DskipTests -Dinvoker.skip "${mvn_repo[@]}" >/dev/null)

mvn_run() {
  (cd "$work" && "$root/mvnw" -B -nsu verify "${mvn_repo[@]}" "$@" > "$work/mvn.log" 2>&1) || { cat "$work/mvn.log"; exit 1; }
}
own() { python3 -c "import json;print(json.load(open('$work/target/qbank/qbank-report.json'))['summary']['durationMs'])"; }

mvn_run -Dqbank.links=skip                       # warm Maven's own caches
mvn_run -Dqbank.links=skip
skip_ms=$(own)

python3 "$here/serve_ratelimited.py" "$PORT" "$RATE" "$N" "$work/requests.log" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do grep -q ready "$work/server.log" 2>/dev/null && break; sleep 0.1; done
rm -f "$work/target/qbank/link-cache.json"
mvn_run
check_ms=$(own)
kill "$server"; wait "$server" 2>/dev/null || true
trap - EXIT

python3 - "$work" "$N" "$RATE" "$skip_ms" "$check_ms" <<'PY'
import json, re, sys
work, n, rate, skip_ms, check_ms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
report = json.load(open(work + "/target/qbank/qbank-report.json"))
links = [l for l in report["links"] if "/article/" in l["url"]]
misjudged = [l for l in links if l["result"] != "alive"]
counts = dict(kv.split("=") for kv in open(work + "/server.log").read().split("\n")[-2].split())
said = [l for l in open(work + "/mvn.log") if "answered 429 or 503" in l]
link_s = (check_ms - skip_ms) / 1000
span = float(counts["last"]) - float(counts["first"])
ideal = n / rate
print()
print("slowdown benchmark: %d answer links to one loopback host that allows %d requests a second" % (n, rate))
print("  links misjudged:               %d of %d%s" % (len(misjudged), len(links),
      "" if not misjudged else "  e.g. %s: %s" % (misjudged[0]["url"], misjudged[0]["detail"])))
print("  link time (own, check - skip): %6.2f s  against %d / %d = %.2f s: %.2f x (target <= 1.3)" % (
      link_s, n, rate, ideal, link_s / ideal))
print("  server, first to last request: %6.2f s  %.2f x" % (span, span / ideal))
print("  requests the server answered:  %s: %s accepted, %s answered 429" % (counts["requests"], counts["accepted"], counts["refused"]))
print("  qbank said:                    %s" % (said[0].strip().replace("[INFO] ", "") if said else "nothing (no 429 or 503)"))
PY
