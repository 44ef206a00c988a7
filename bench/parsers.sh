#!/usr/bin/env bash
# Parser ceiling: how fast flexmark (as qbank configures it) and commonmark-java read the same
# bank on one core, after JIT warm-up. qbank's throughput cannot exceed its parser's. Then, in a
# fresh JVM each (as `mvn verify` runs), qbank's whole check (scan, parse, rules, JSON report; no
# model cache) next to flexmark alone on the same files on one thread, with CPU time and peak RSS,
# in PAIRS alternating pairs of fresh JVMs: cold runs on this machine vary by a fifth from one
# minute to the next, so the ratio is taken within each pair and the median of those is printed.
#
#   bench/parsers.sh [N=100] [ROUNDS=5] [PAIRS=1]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
ref="$root/../shared/corpus/llm-interview/README.md"
[ -f "$ref" ] || { echo "the reference bank is not at $ref" >&2; exit 1; }
n=${1:-100}
rounds=${2:-5}
pairs=${3:-1}
commonmark=0.24.0
work="$here/work/parsers"
mkdir -p "$work"

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$work/qbank.classpath" >/dev/null)
echo "fetching commonmark-java $commonmark from Maven Central ..."
jars=()
for a in commonmark commonmark-ext-gfm-tables commonmark-ext-gfm-strikethrough commonmark-ext-autolink; do
  (cd "$root" && ./mvnw -q -B dependency:copy -Dartifact="org.commonmark:$a:$commonmark" -DoutputDirectory="$work/lib" >/dev/null)
  jars+=("$work/lib/$a-$commonmark.jar")
done
cp="$root/target/classes:$(cat "$work/qbank.classpath"):$(IFS=:; echo "${jars[*]}")"

[ -d "$work/bank-$n" ] || python3 "$here/generate_bank.py" "$ref" "$work/bank-$n" "$n"
javac -d "$work/classes" -cp "$cp" "$here/ParserCeiling.java"
printf '\nparser ceiling on %s, %s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(java -version 2>&1 | head -1)"
java -cp "$work/classes:$cp" ParserCeiling "$work/bank-$n" "$rounds"
javac -d "$work/classes" -cp "$cp" "$here/ColdRun.java"
printf '\nfresh JVM each, N = %s, load %s\n' "$n" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %10s %10s %10s\n' run "own ms" "wall s" "CPU s" "RSS MB"
ratios=()
for pair in $(seq "$pairs"); do
  for mode in flexmark qbank; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" java -Dout="$work/out" -cp "$work/classes:$cp" ColdRun "$mode" \
      "$work/bank-$n" > "$work/cold.log" 2>&1
    read -r wall user sys kb < "$work/time.txt"
    own=$(awk -v m="$mode" '$1 == m {print $2}' "$work/cold.log")
    label=$([ "$mode" = qbank ] && echo "qbank check (scan, parse, rules)" || echo "flexmark alone, one thread")
    printf '%-44s %10s %10s %10s %10s\n' "$label" "$own" "$wall" "$(python3 -c "print(round($user + $sys, 1))")" $((kb / 1024))
    [ "$mode" = flexmark ] && fx=$own
  done
  ratios+=("$(python3 -c "print(round($own / $fx, 3))")")
  echo "pair $pair: qbank own / flexmark alone ${ratios[-1]}x"
done
python3 -c "import statistics, sys; r = sorted(map(float, sys.argv[1:])); \
print('qbank own / flexmark alone over %d pair(s): median %.2fx, range %.2f-%.2fx' % (len(r), statistics.median(r), r[0], r[-1]))" "${ratios[@]}"
