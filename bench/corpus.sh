#!/usr/bin/env bash
# Findings per rule on the development banks (../shared/corpus/dev) and the reference bank, with
# the time each check took, links skipped. Saves the counts under a name, and compares with an
# earlier saved run:
#
#   bench/corpus.sh [NAME=current] [COMPARE_WITH]
#   bench/corpus.sh before              # on the old code
#   bench/corpus.sh after before        # on the new code: a before/after table, and whether every
#                                       # finding (place, message, expected, actual) is the same
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
corpus="$root/../shared/corpus"
[ -d "$corpus/dev" ] || { echo "the development banks are not at $corpus/dev" >&2; exit 1; }
name=${1:-current}
compare=${2:-}
work="$here/work/corpus"
mkdir -p "$work"

echo "building qbank ..." >&2
(cd "$root" && ./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile="$work/qbank.classpath" >/dev/null)
cp="$root/target/classes:$(cat "$work/qbank.classpath")"
javac -d "$work/classes" -cp "$cp" "$here/CorpusCount.java"

banks=()
for d in "$corpus"/dev/*/; do banks+=("${d%/}"); done
banks+=("$corpus/llm-interview")
java -Dfindings="$work/$name.findings.tsv" -cp "$work/classes:$cp" CorpusCount "${banks[@]}" > "$work/$name.tsv"

python3 - "$work/$name.tsv" "${compare:+$work/$compare.tsv}" <<'PY'
import sys, collections
def load(path):
    counts, times, answers = collections.defaultdict(dict), {}, {}
    for line in open(path, encoding="utf-8"):
        bank, key, value = line.rstrip("\n").split("\t")
        if key == "ms": times[bank] = int(value)
        elif key == "answers": answers[bank] = value
        else: counts[bank][key] = int(value)
    return counts, times, answers
now, times, answers = load(sys.argv[1])
before = load(sys.argv[2])[0] if len(sys.argv) > 2 and sys.argv[2] else None
rules = sorted({r for c in list(now.values()) + (list(before.values()) if before else []) for r in c})
short = lambda b: b.split("+")[0]
print("| rule | " + " | ".join(short(b) for b in times) + " |")
print("|---" * (len(times) + 1) + "|")
for r in rules:
    cells = []
    for b in times:
        n = now.get(b, {}).get(r, 0)
        cells.append(f"{before.get(b, {}).get(r, 0)} → {n}" if before is not None else str(n))
    print(f"| {r} | " + " | ".join(cells) + " |")
print("| answers | " + " | ".join(answers[b] for b in times) + " |")
print("| time | " + " | ".join(f"{times[b]} ms" for b in times) + " |")
PY
if [ -n "$compare" ] && [ -f "$work/$compare.findings.tsv" ]; then
  if cmp -s "$work/$compare.findings.tsv" "$work/$name.findings.tsv"; then
    echo "every finding is the same as in $compare ($(wc -l < "$work/$name.findings.tsv") findings: rule, place, message, expected, actual)"
  else
    echo "findings differ from $compare:"
    diff "$work/$compare.findings.tsv" "$work/$name.findings.tsv" | head -40
  fi
fi
