#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (tests/prerequisites.sh: Debian's chromium-headless-shell and a Korean
# font for the browser tests, Node.js for the Chart.js restore, librsvg and poppler for the export tests, Java
# for the HTML checker, nginx for the proxy tests, tesseract OCR for the chart image tests, LibreOffice Impress for the deck rendering test), then builds
# and runs the three test projects side by side (each its own `dotnet test --no-build`). The browser tests, the
# longest, are built first (with the app and the shared test code) and start at once; the integration and unit
# test projects are built while they run (only themselves: the app is built already) and start beside them.
# The console shows failures as they happen and a short summary; the full output (build lines, every test of
# each project, one project after another) is in the log file the summary names. The last line is always
# "N passed, N failed, N skipped"; the exit status is non-zero if the build or any project fails.
# Usage: tests/run.sh [extra dotnet test arguments, given to each project]
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/prerequisites.sh

mkdir -p tests/TestResults
stamp=$(date -u +%Y%m%d-%H%M%S)
log="tests/TestResults/run-$stamp.log"
started=$SECONDS
echo "Building, then running every test project side by side; full output in $log"

# A failed build: its errors on the console, the counts line, and its status.
build_failed() {
  grep -E ': error ' "$1" | sort -u || true
  echo
  echo "The build failed (full log: $log)"
}

# The browser tests' build (the app, the shared test code and the browser tests); the console sees only errors.
set +e
dotnet build tests/AwsKoreaDashboard.BrowserTests/AwsKoreaDashboard.BrowserTests.csproj > "$log" 2>&1
build_status=$?
set -e
if [ "$build_status" -ne 0 ]; then
  build_failed "$log"
  echo "0 passed, 0 failed, 0 skipped"
  exit "$build_status"
fi
echo "Built the app and the browser tests in $((SECONDS - started)) s"

# Each project as it starts and every failure (name, message, stack, the test's output, the app's log lines of
# that test) reach the console; a failure is printed as one block, so two projects' failures never interleave.
# awk reads to the end, so no SIGPIPE under pipefail.
show() {
  awk -v project="$1" '
    function flush_block() { if (block != "") { printf "%s", block; fflush(); block = "" } }
    /^Test run for / { print "Running " project " ..."; fflush(); failing = 0; next }
    /^  Failed / { flush_block(); failing = 1 }
    /^  (Passed|Skipped) / || /^Test Run (Successful|Failed|Aborted)/ { flush_block(); failing = 0 }
    /: error / || /^Test Run Aborted/ { flush_block(); print project ": " $0; fflush(); next }
    failing { block = block $0 "\n" }
    END { flush_block() }'
}

run_project() {
  local project=$1
  shift
  (
    set +e
    dotnet test "tests/$project" --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log.$project" | show "$project"
    echo "${PIPESTATUS[0]}" > "$log.$project.status"
  ) &
  pids+=($!)
}

projects=(AwsKoreaDashboard.BrowserTests AwsKoreaDashboard.IntegrationTests AwsKoreaDashboard.UnitTests)
pids=()
run_project AwsKoreaDashboard.BrowserTests "$@"

# The other two test projects, built while the browser tests run: each only itself (BuildProjectReferences=false),
# so nothing the running tests read (the app's build, its wwwroot) is written again.
set +e
for project in AwsKoreaDashboard.IntegrationTests AwsKoreaDashboard.UnitTests; do
  dotnet build "tests/$project/$project.csproj" -p:BuildProjectReferences=false > "$log.build.$project" 2>&1
  project_build=$?
  cat "$log.build.$project" >> "$log.build"
  if [ "$project_build" -ne 0 ]; then
    build_status=$project_build
    build_failed "$log.build.$project"
    echo "1" > "$log.$project.status"
  else
    run_project "$project" "$@"
  fi
  rm -f "$log.build.$project"
done
set -e
[ "$build_status" -ne 0 ] || echo "Built the integration and unit tests in $((SECONDS - started)) s"
for pid in "${pids[@]}"; do
  wait "$pid" || true
done

status=$build_status
cat "$log.build" >> "$log" 2>/dev/null || true
rm -f "$log.build"
for project in "${projects[@]}"; do
  cat "$log.$project" >> "$log" 2>/dev/null || true
  project_status=$(cat "$log.$project.status" 2>/dev/null || echo 1)
  [ "$project_status" -eq 0 ] || status=$project_status
  rm -f "$log.$project" "$log.$project.status"
done
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
