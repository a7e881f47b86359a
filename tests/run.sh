#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (tests/prerequisites.sh: Debian's chromium and a Korean
# font for the browser tests, Node.js for the Chart.js restore, librsvg and poppler for the export tests, Java
# for the HTML checker, nginx for the proxy tests, LibreOffice Impress for the deck rendering test), then builds
# and runs every test in the solution.
# The console shows failures as they happen and a short summary; the full output (every test, build lines) is
# in the log file the summary names. The last line is always "N passed, N failed, N skipped".
# Usage: tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/prerequisites.sh

mkdir -p tests/TestResults
log="tests/TestResults/run-$(date -u +%Y%m%d-%H%M%S).log"
started=$SECONDS
echo "Building and running every test; full output in $log"
set +e
# Failures (name, message, stack, the test's output) and each project's result line reach the console;
# everything goes to the log. awk reads to the end, so no SIGPIPE under pipefail.
dotnet test AwsKoreaDashboard.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" | awk '
  /^  Failed / { failing = 1 }
  /^  (Passed|Skipped) / { failing = 0 }
  /^(Passed|Failed|Skipped)! / || /: error / { failing = 0; print; fflush(); next }
  failing { print; fflush() }'
status=${PIPESTATUS[0]}
set -e
elapsed=$((SECONDS - started))

# The summary: each project, the whole run, where the log is.
echo
echo "Summary ($((elapsed / 60)) min $((elapsed % 60)) s; full log: $log)"
awk '/^(Passed|Failed|Skipped)! / {
  project = $NF == "(net10.0)" ? $(NF-1) : $NF; sub(/\.dll$/, "", project)
  line = $0; sub(/^[A-Za-z]+! +- +/, "", line); sub(/ - [^ ]+\.dll.*$/, "", line)
  printf "  %-40s %s\n", project, line }' "$log"
count() { awk -v word="$1" '$1 == word":" {s += $2} END {print s + 0}' "$log"; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "No test ran." >&2
  exit 1
fi
exit "$status"
