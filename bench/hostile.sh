#!/usr/bin/env bash
# Hostile input of issues #12 and #28 that used to take super-linear time, at N and 2N: the time
# should double, not quadruple.
#
#   bench/hostile.sh [N_ANCHORS=4000] [N_LINKS=20000] [ROUNDS=3]
#   KINDS="disable toc" N_DISABLE=11000 bench/hostile.sh     # some kinds only, another N
#   NESTING=30000 OPEN_LINKS=30000 REFERENCES=100000 bench/hostile.sh   # issue #28's sizes, the defaults
#
# anchors: one file, N headings and N links to near-typo anchors, each with a "did you mean".
# oneline: one file, N links to missing files on one line of CJK text.
# disable: one HTML block of N unclosed "<!-- qbank-disable" comments (N_DISABLE=100000).
# toc: one HTML block of N unclosed "<!-- TOC" markers (N_TOC=100000).
# h1: one HTML block of N unclosed "<h1>" headings (N_H1=100000).
# entities: one HTML block of N links with character references in their href (N_ENTITIES=40000).
# longanchor: one heading of N characters, 10 links to near misses of it (N_LONGANCHOR=60000).
# nesting, openlinks, references (issue #28, the flexmark guard): one line of N list markers, "[a]("
# N times, N reference definitions without blank lines; past ParseGuard's limits each is one
# unreadable-file finding, measured in one linear pass and not parsed.
# Each bank is checked in process as the plugin does it (scan, parse, rules, then the html, json,
# sarif and checkstyle reports) after one untimed warm-up run; the median of ROUNDS runs.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
anchors=${1:-4000}
links=${2:-20000}
rounds=${3:-3}
kinds=${KINDS:-anchors oneline disable toc h1 entities longanchor nesting openlinks references}
work="$here/work/hostile"
mkdir -p "$work"

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B -o compile dependency:build-classpath -Dmdep.outputFile="$work/qbank.classpath" >/dev/null)
cp="$root/target/classes:$(cat "$work/qbank.classpath")"
javac -d "$work/classes" -cp "$cp" "$here/HostileInput.java"

printf '\nhostile input on %s cores, %s\n\n' "$(nproc)" "$(java -version 2>&1 | head -1)"
printf '| case | N | KB | findings | check | reports | total | total / total at N |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for kind in $kinds; do
  case $kind in
    anchors) n=$anchors ;;
    oneline) n=$links ;;
    disable) n=${N_DISABLE:-100000} ;;
    toc) n=${N_TOC:-100000} ;;
    h1) n=${N_H1:-100000} ;;
    entities) n=${N_ENTITIES:-40000} ;;
    longanchor) n=${N_LONGANCHOR:-60000} ;;
    nesting) n=${NESTING:-30000} ;;
    openlinks) n=${OPEN_LINKS:-30000} ;;
    references) n=${REFERENCES:-100000} ;;
    *) echo "unknown kind $kind" >&2; exit 1 ;;
  esac
  base=""
  for size in "$n" "$((2 * n))"; do
    bank="$work/$kind-$size"
    [ -f "$bank/README.md" ] || python3 "$here/generate_hostile.py" "$kind" "$size" "$bank"
    kb=$(( $(wc -c < "$bank/README.md") / 1024 ))
    if ! read -r findings check reports < <(java -Xss8m -cp "$work/classes:$cp" HostileInput "$bank" "$rounds"); then
      printf '| %s | %d | %d | failed: see above | | | | |\n' "$kind" "$size" "$kb"
      [ -n "$base" ] || base=failed
      continue
    fi
    total=$((check + reports))
    [ -n "$base" ] || base=$total
    ratio=-
    [ "$base" = failed ] || ratio=$(python3 -c "print('%.1fx' % ($total / max(1, $base)))")
    printf '| %s | %d | %d | %d | %d ms | %d ms | %d ms | %s |\n' "$kind" "$size" "$kb" "$findings" "$check" "$reports" "$total" "$ratio"
  done
done
