#!/usr/bin/env bash
# Offline benchmark: what links cost on a machine without network, against not checking them.
#
#   bench/offline.sh [RUNS=3]
#
# The bank: 300 links on 100 hosts whose names cannot resolve (under .invalid, which no resolver
# answers). Each Maven run checks it with links (the default) and with -Dqbank.links=skip; the
# script prints the median wall time of each, their difference, and the findings of the checked run:
# no dead-link, one link-unverifiable ("network unavailable").
#
# Where `unshare -rn` works (a network namespace of its own), the same is measured there with names
# that do resolve on a networked machine (github.com, zhihu.com …), twice: with no network at all
# (every send fails at once), and with a network where nothing answers (a default route into a veth
# pair that leads nowhere, so the resolver waits for its timeouts: 20 s a name with glibc's
# defaults), the machine of issue #29. Nothing here leaves the machine: .invalid names are never
# sent to a server, and inside the namespace there is no network to leave by.
set -euo pipefail
RUNS=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/work/offline"
rm -rf "$work" && mkdir -p "$work"

make_bank() { # folder, host pattern (printf, one %d)
  mkdir -p "$1"
  python3 - "$1" "$2" <<'PY'
import sys, os
out, pattern = sys.argv[1], sys.argv[2]
hosts, per_host, per_file = 100, 3, 30
links = [(pattern % h, p) for p in range(per_host) for h in range(hosts)]
for f in range(0, len(links), per_file):
    n = f // per_file + 1
    lines = ["# 第%d章" % n, ""]
    for i, (host, page) in enumerate(links[f:f + per_file]):
        lines.append("- %d 问题 %d：[点击查看答案](https://%s/answers/%d)" % (i + 1, f + i, host, page))
    open(os.path.join(out, "chapter-%02d.md" % n), "w").write("\n".join(lines) + "\n")
PY
  cat > "$1/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>offline</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.qbank</groupId><artifactId>qbank-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version>
    <configuration><failOn>never</failOn><formats>json</formats></configuration>
    <executions><execution><goals><goal>check</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
}

echo "building qbank ..."
(cd "$root" && ./mvnw -q -B -o install -DskipTests -Dinvoker.skip >/dev/null)
jar="$HOME/.m2/repository/io/github/qbank/qbank-maven-plugin/0.1.0-SNAPSHOT/qbank-maven-plugin-0.1.0-SNAPSHOT.jar"
built=$(sha256sum < "$root/target/qbank-maven-plugin-0.1.0-SNAPSHOT.jar")

# one Maven run in $1, extra arguments after; prints its wall time and qbank's own (summary.durationMs), in seconds
run() {
  local bank=$1; shift
  rm -rf "$bank/target"
  local start end
  start=$(date +%s.%N)
  (cd "$bank" && "$@" >"$bank/../maven.log" 2>&1) || { cat "$bank/../maven.log"; exit 1; }
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["durationMs"] / 1000)' \
    "$bank/target/qbank/qbank-report.json")"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

findings() { # the JSON report of the last run in $1: dead-link and link-unverifiable findings, links
  python3 - "$1/target/qbank/qbank-report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
rules = [f["rule"] for f in r["findings"]]
unverifiable = [f["message"] for f in r["findings"] if f["rule"] == "link-unverifiable"]
results = {}
for l in r["links"]:
    results[l["result"]] = results.get(l["result"], 0) + 1
print("dead-link findings: %d; link-unverifiable findings: %d %s; links: %s" % (
    rules.count("dead-link"), rules.count("link-unverifiable"), unverifiable, results))
PY
}

measure() { # label, bank, command prefix (may be empty)
  local label=$1 bank=$2; shift 2
  local mvn=(mvn -B -ntp -nsu verify)
  local checked=() skipped=()
  for _ in $(seq 1 "$RUNS"); do
    skipped+=("$(run "$bank" "$@" "${mvn[@]}" -Dqbank.links=skip)")
    checked+=("$(run "$bank" "$@" "${mvn[@]}")")
  done
  local c s qc qs
  c=$(printf '%s\n' "${checked[@]}" | cut -d' ' -f1 | median)
  s=$(printf '%s\n' "${skipped[@]}" | cut -d' ' -f1 | median)
  qc=$(printf '%s\n' "${checked[@]}" | cut -d' ' -f2 | median)
  qs=$(printf '%s\n' "${skipped[@]}" | cut -d' ' -f2 | median)
  printf '%s\n  Maven, links skipped: %.2f s\n  Maven, links checked: %.2f s\n  links cost:           %.2f s more\n' \
    "$label" "$s" "$c" "$(echo "$c - $s" | bc)"
  printf '  qbank alone (summary.durationMs): %.2f s skipped, %.2f s checked, %.2f s more\n  %s\n' \
    "$qs" "$qc" "$(echo "$qc - $qs" | bc)" "$(findings "$bank")"
  printf '  every run (wall, qbank): skipped %s; checked %s\n' "$(printf '[%s] ' "${skipped[@]}")" \
    "$(printf '[%s] ' "${checked[@]}")"
}

make_bank "$work/invalid" "host%d.invalid"
measure "300 links on 100 hosts under .invalid (median of $RUNS runs)" "$work/invalid"

if unshare -rn true 2>/dev/null; then
  make_bank "$work/namespace" "site%d.github.io"
  sed -i 's|https://site0.github.io|https://github.com|; s|https://site1.github.io|https://zhihu.com|' \
    "$work"/namespace/chapter-*.md
  measure "300 links on 100 real host names, in a network namespace without network (median of $RUNS runs)" \
    "$work/namespace" unshare -rn
  cat > "$work/nothing-answers.sh" <<'SH'
ip link add v0 type veth peer name v1 && ip link set v0 up && ip link set v1 up \
  && ip addr add 10.1.2.3/24 dev v0 && ip route add default dev v0 && exec "$@"
SH
  measure "300 links on 100 real host names, in a network namespace where nothing answers (median of $RUNS runs)" \
    "$work/namespace" unshare -rn sh "$work/nothing-answers.sh"
else
  echo "unshare -rn is not permitted here: the namespace runs are skipped"
fi

[ "$(sha256sum < "$jar")" = "$built" ] || echo "WARNING: the installed plugin changed during the run; run again"
