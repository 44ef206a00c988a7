#!/usr/bin/env bash
# Scale benchmark: qbank against markdownlint-cli2 on banks of N files made from the reference bank.
#
#   bench/scale.sh [N ...]        default: 100 1000 3000
#   SKIP_PEERS=1 bench/scale.sh … to time qbank alone (markdownlint-cli2 takes minutes).
#
# For each N: the plugin's own parse-and-rules time and throughput (from the JSON report), the
# wall time and peak memory of `mvn verify` with links skipped (/usr/bin/time -v), a second run
# with a warm link cache, and markdownlint-cli2 (npm) on the same files, with ratios.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
ref="$root/../shared/corpus/llm-interview/README.md"
[ -f "$ref" ] || { echo "the reference bank is not at $ref" >&2; exit 1; }
[ -x /usr/bin/time ] || { apt-get install -y -qq time >/dev/null; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 3000)

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B install -DskipTests -Dinvoker.skip >/dev/null)
if [ ! -x "$here/work/node_modules/.bin/markdownlint-cli2" ]; then
  echo "installing markdownlint-cli2 from npm ..."
  npm install --silent --prefix "$here/work" markdownlint-cli2@0 >/dev/null 2>&1
fi

printf '\nscale benchmark on %s cores, %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)"
printf '%6s %8s %10s %10s %12s %10s %10s %12s %10s %8s\n' N MB "qbank ms" "MB/s" "mvn verify" "peak RSS" "warm run" "markdownlint" ratio "s/1k"
for n in "${sizes[@]}"; do
  work="$here/work/scale-$n"
  rm -rf "$work" && mkdir -p "$work"
  python3 "$here/generate_bank.py" "$ref" "$work/bank" "$n"
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>scale</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.qbank</groupId><artifactId>qbank-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><failOn>never</failOn><formats>json</formats></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
  printf '{ "config": { "default": true }, "globs": ["bank/*.md"] }\n' > "$work/.markdownlint-cli2.jsonc"
  mb=$(du -sb "$work/bank" | awk '{printf "%.1f", $1 / 1e6}')
  run() { (cd "$work" && /usr/bin/time -v "$root/mvnw" -q -B verify -Dqbank.links=skip > "$work/mvn.log" 2> "$work/time.log"); }
  run   # warm Maven's own caches
  start=$(date +%s.%N); run; end=$(date +%s.%N)
  rss=$(awk -F: '/Maximum resident/ {printf "%.0f", $2 / 1024}' "$work/time.log")
  ms=$(python3 -c "import json;print(json.load(open('$work/target/qbank/qbank-report.json'))['summary']['durationMs'])")
  start2=$(date +%s.%N); run; end2=$(date +%s.%N)
  start3=$(date +%s.%N)
  if [ -z "${SKIP_PEERS:-}" ]; then
    (cd "$work" && "$here/work/node_modules/.bin/markdownlint-cli2" > "$work/mdl.log" 2>&1) || true
  fi
  end3=$(date +%s.%N)
  python3 - "$n" "$mb" "$ms" "$start" "$end" "$rss" "$start2" "$end2" "$start3" "$end3" <<'PY'
import sys
n, mb, ms = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
t = [float(x) for x in sys.argv[4:6]]; rss = sys.argv[6]; t2 = [float(x) for x in sys.argv[7:9]]; t3 = [float(x) for x in sys.argv[9:11]]
mvn, warm, mdl = t[1] - t[0], t2[1] - t2[0], t3[1] - t3[0]
print("%6d %8.1f %10d %10.1f %11.2fs %8s MB %9.2fs %11.2fs %9.1fx %8.2f" % (n, mb, ms, mb / (ms / 1000.0), mvn, rss, warm,
      mdl, mdl / mvn, mvn / n * 1000) if mdl > 1 else "%6d %8.1f %10d %10.1f %11.2fs %8s MB %9.2fs %12s %10s %8.2f" % (
      n, mb, ms, mb / (ms / 1000.0), mvn, rss, warm, "-", "-", mvn / n * 1000))
PY
done
echo
echo "qbank ms: the plugin's own duration (scan, parse, rules) from qbank-report.json; MB/s: bank size / that time;"
echo "mvn verify: the whole build, links skipped; warm run: the same again; ratio: markdownlint-cli2 / mvn verify;"
echo "s/1k: mvn verify seconds per 1,000 files (constant when time is linear in N)."
