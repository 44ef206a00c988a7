#!/usr/bin/env bash
# Scale benchmark: qbank against flexmark alone and markdownlint-cli2, on banks of N files made
# from the reference bank and on the development banks of ../shared/corpus/dev (read in place).
#
#   bench/scale.sh [N ...]        default: 100 1000 3000
#   SKIP_PEERS=1 bench/scale.sh … to leave markdownlint-cli2 out (it takes minutes)
#   SKIP_DEV=1 bench/scale.sh …   to leave the development banks out
#   MAVEN_OPTS=-Xmx512m bench/scale.sh 3000   the same under a small heap
#   bench/scale.sh none             the development banks alone
#
# For each generated bank, `mvn verify` (links skipped, JSON report) three times: cold (no model
# cache), warm (nothing changed) and with one file changed; each with qbank's own time (durationMs
# of the JSON report: scan, parse, rules), the CPU time and the peak RSS of the whole build
# (/usr/bin/time). Then flexmark alone on the same files in a fresh JVM, one thread (the parser's
# ceiling), and markdownlint-cli2, with ratios. A `qbank.skip` row times the same build with the
# plugin resolved but skipped: Maven's floor, the part of the wall time no check can save. The
# development banks cannot hold a pom (they are read in place), so they are checked in a fresh JVM
# as the plugin checks them (bench/ColdRun.java: scan, parse, rules, JSON report; reports and cache
# under bench/work). Those banks are never written: their "one changed" run drops one file's entry
# from the model cache, which makes the check parse that file again as a change would.
#
# The plugin is installed into bench/work/repo (the shared ~/.m2 is only read).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
ref="$root/../shared/corpus/llm-interview/README.md"
dev="$root/../shared/corpus/dev"
[ -f "$ref" ] || { echo "the reference bank is not at $ref" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 3000)
repo="$here/work/repo"
mvn_repo=(-Dmaven.repo.local="$repo" -Dmaven.repo.local.tail="$HOME/.m2/repository")

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B -o install -DskipTests -Dinvoker.skip "${mvn_repo[@]}" >/dev/null)
(cd "$root" && ./mvnw -q -B -o dependency:build-classpath -Dmdep.outputFile="$here/work/qbank.classpath" >/dev/null)
cp="$here/work/classes:$root/target/classes:$(cat "$here/work/qbank.classpath")"
javac -d "$here/work/classes" -cp "$cp" "$here/ColdRun.java"
if [ -z "${SKIP_PEERS:-}" ] && [ ! -x "$here/work/node_modules/.bin/markdownlint-cli2" ]; then
  echo "installing markdownlint-cli2 from npm ..."
  npm install --silent --prefix "$here/work" markdownlint-cli2@0 >/dev/null 2>&1
fi

# timed CMD...: runs CMD under /usr/bin/time; sets wall, cpu (user+sys) and rss (MB)
timed() {
  /usr/bin/time -f "%e %U %S %M" -o "$here/work/time.txt" "$@" > "$here/work/last.log" 2>&1 || {
    cat "$here/work/last.log" >&2; return 1; }
  read -r wall user sys kb < "$here/work/time.txt"
  cpu=$(python3 -c "print(round($user + $sys, 1))"); rss=$((kb / 1024))
}
# flexmark DIR: flexmark alone on DIR's Markdown files in a fresh JVM, one thread: sets fx (ms)
flexmark() { timed java -cp "$cp" ColdRun flexmark "$1"; fx=$(awk '/^flexmark/ {print $2}' "$here/work/last.log"); }
# peers DIR GLOB: markdownlint-cli2 on the files; sets mdl (s)
peers() {
  mdl=-
  if [ -z "${SKIP_PEERS:-}" ]; then
    local start end
    start=$(date +%s.%N)
    (cd "$1" && "$here/work/node_modules/.bin/markdownlint-cli2" "$2" > "$here/work/mdl.log" 2>&1) || true
    end=$(date +%s.%N)
    mdl=$(python3 -c "print(round($end - $start, 2))")
  fi
}
ratio() { python3 -c "a, b = '$1', '$2'; print('-' if '-' in (a, b) else '%.1fx' % (float(a) / float(b)))"; }
row() { printf '| %s | %s | %s | %s | %s s | %s s | %s MB | %s | %s | %s | %s |\n' "$@"; }

printf '\nscale benchmark on %s cores, %s, load %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo '| bank | MB | run | own time | wall | CPU | peak RSS | flexmark alone | own / flexmark | markdownlint-cli2 | mdl / wall |'
echo '|---|---|---|---|---|---|---|---|---|---|---|'
for n in "${sizes[@]}"; do
  [ "$n" = none ] && continue
  work="$here/work/scale-$n"
  if [ ! -d "$work/bank" ]; then
    mkdir -p "$work"
    python3 "$here/generate_bank.py" "$ref" "$work/bank" "$n"
  fi
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
  # the file the one-changed run changes, as generated
  [ -f "$work/bank-0000.md.orig" ] || cp "$work/bank/bank-0000.md" "$work/bank-0000.md.orig"
  cp "$work/bank-0000.md.orig" "$work/bank/bank-0000.md"
  mvn_verify() { timed "$root/mvnw" -q -B -o -f "$work/pom.xml" verify -Dqbank.links=skip "${mvn_repo[@]}"; }
  own() { python3 -c "import json;print(json.load(open('$work/target/qbank/qbank-report.json'))['summary']['durationMs'])"; }
  rm -rf "$work/target" && mvn_verify   # warms Maven's own caches
  flexmark "$work/bank"; fx_ms=$fx
  peers "$work" "bank/*.md"
  # Maven's floor: the same build with qbank resolved but skipped, what no check can save
  timed "$root/mvnw" -q -B -o -f "$work/pom.xml" verify -Dqbank.skip "${mvn_repo[@]}"
  row "generated $n" "$mb" "qbank.skip" - "$wall" "$cpu" "$rss" - - \
    "$([ "$mdl" = - ] && echo - || echo "$mdl s")" "$(ratio "$mdl" "$wall")"
  for run in cold warm one-changed; do
    case $run in
      cold) rm -rf "$work/target" ;;
      one-changed) printf '\n- 1 一个新问题\n' >> "$work/bank/bank-0000.md" ;;
    esac
    mvn_verify
    ms=$(own)
    row "generated $n" "$mb" "$run" "$(python3 -c "print(round($ms / 1000, 2))") s" "$wall" "$cpu" "$rss" \
      "$(python3 -c "print(round($fx_ms / 1000, 2))") s" "$(ratio "$ms" "$fx_ms")" \
      "$([ "$mdl" = - ] && echo - || echo "$mdl s")" "$(ratio "$mdl" "$wall")"
  done
done

if [ -z "${SKIP_DEV:-}" ] && [ -d "$dev" ]; then
  for bank in "$dev"/*/; do
    bank=${bank%/}; name=$(basename "$bank")
    work="$here/work/dev-$name"; rm -rf "$work"; mkdir -p "$work"
    mb=$(find "$bank" -name '*.md' -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s / 1e6}')
    flexmark "$bank"; fx_ms=$fx
    peers "$bank" "**/*.md"
    for run in cold warm one-changed; do
      if [ "$run" = one-changed ]; then
        # the bank is read in place and never written: drop one file's entry from the cache instead
        rm -f "$(ls "$work/cache"/*.qbf | head -1)"
      fi
      timed java -Dcache="$work/cache" -Dout="$work/out" -cp "$cp" ColdRun qbank "$bank"
      ms=$(awk -F'\t' '$1 == "qbank" {print $2}' "$here/work/last.log")
      row "${name%%+*} (fresh JVM)" "$mb" "$run" "$(python3 -c "print(round($ms / 1000, 2))") s" "$wall" "$cpu" "$rss" \
        "$(python3 -c "print(round($fx_ms / 1000, 2))") s" "$(ratio "$ms" "$fx_ms")" \
        "$([ "$mdl" = - ] && echo - || echo "$mdl s")" "$(ratio "$mdl" "$wall")"
    done
  done
fi
echo
echo "own time: qbank's own duration (scan, parse, rules; durationMs of the JSON report); wall, CPU (user + sys)"
echo "and peak RSS: the whole mvn verify (generated banks) or the whole fresh JVM (development banks, which"
echo "are read in place and hold no pom); flexmark alone: flexmark as qbank configures it, the same files,"
echo "a fresh JVM, one thread; mdl / wall: markdownlint-cli2's wall time over qbank's."
