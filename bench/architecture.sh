#!/usr/bin/env bash
# The structure of the main sources: runs ArchitectureTest offline (its failures are reported, not
# fatal) and prints the tables it writes: each package's layer and the packages it uses, the number
# of files and of file dependency edges, and the file cycles. Run it before and after a change.
#
#   bench/architecture.sh
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"
tables=target/architecture/dependencies.md
rm -f "$tables"
if ./mvnw -o -q -B test -Dinvoker.skip -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "ArchitectureTest: passed"
else
    echo "ArchitectureTest: failed (see above)"
fi
echo
if [ -f "$tables" ]; then
    cat "$tables"
else
    echo "no $tables: the test did not run" >&2
    exit 1
fi
