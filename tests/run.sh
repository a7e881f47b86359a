#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (tests/prerequisites.sh: Debian's chromium and a Korean
# font for the browser tests, Node.js for the Chart.js restore, librsvg and poppler for the export tests, Java
# for the HTML checker, nginx for the proxy tests, tesseract OCR for the chart image tests, LibreOffice Impress for the deck rendering test), then builds
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
# Each project as it starts and every failure (name, message, stack, the test's output) reach the console;
# everything goes to the log. awk reads to the end, so no SIGPIPE under pipefail.
dotnet test AwsKoreaDashboard.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" | awk '
  /^Test run for / { p = $4; sub(/.*\//, "", p); sub(/\.dll$/, "", p); print "Running " p " ..."; fflush(); failing = 0; next }
  /^  Failed / { failing = 1 }
  /^  (Passed|Skipped) / || /^Test Run (Successful|Failed|Aborted)/ { failing = 0 }
  /: error / || /^Test Run Aborted/ { print; fflush(); next }
  failing { print; fflush() }'
status=${PIPESTATUS[0]}
set -e
elapsed=$((SECONDS - started))

# The summary: each project, the whole run, where the log is.
echo
echo "Summary ($((elapsed / 60)) min $((elapsed % 60)) s; full log: $log)"
awk '
  /^Test run for / { p = $4; sub(/.*\//, "", p); sub(/\.dll$/, "", p); order[++n] = p }
  $1 == "Passed:" { passed[p] += $2 } $1 == "Failed:" { failed[p] += $2 } $1 == "Skipped:" { skipped[p] += $2 }
  /^ Total time:/ { took[p] = " in " $3 " " tolower($4) }
  /^No test matches/ { took[p] = " (no test matched the filter)" }
  /^Test Run Aborted/ { took[p] = " (the test host crashed: see the log)" }
  END { for (i = 1; i <= n; i++) { q = order[i]; printf "  %-36s %d passed, %d failed, %d skipped%s\n", q, passed[q], failed[q], skipped[q], took[q] } }' "$log"
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
