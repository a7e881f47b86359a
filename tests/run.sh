#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (tests/prerequisites.sh: Debian's chromium-headless-shell and a Korean
# font for the browser tests, Node.js for the Chart.js restore, librsvg and poppler for the export tests, Java
# for the HTML checker, nginx for the proxy tests, tesseract OCR for the chart image tests, LibreOffice Impress for the deck rendering test), then builds
# the solution once (Release) and runs the three test projects (each its own `dotnet test -c Release --no-build`): the browser
# tests, then the integration tests, one after the other, with the short unit tests beside them.
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
echo "Building, then running every test project; full output in $log"

# Build once; the console sees only errors. With the compiler server (the SDK's default, which an environment may
# turn off with UseSharedCompilation=false) the C# compiler starts and warms up once for the five projects, not
# once per project: about 5 s less processor time and 13 s less wall time on two cores. It is stopped after.
# The tests run the Release build, the code a deployment runs (`dotnet publish` builds Release): a Debug build turns
# the JIT's optimisations off for the app's own code and the tests', and the same integration tests took about 12%
# more processor time in it (docs/benchmarks.md, Round 9).
configuration=Release
set +e
dotnet build AwsKoreaDashboard.sln -c "$configuration" -p:UseSharedCompilation=true > "$log" 2>&1
build_status=$?
dotnet build-server shutdown >> "$log" 2>&1
set -e
if [ "$build_status" -ne 0 ]; then
  grep -E ': error ' "$log" | sort -u || true
  echo
  echo "The build failed (full log: $log)"
  echo "0 passed, 0 failed, 0 skipped"
  exit "$build_status"
fi
echo "Built in $((SECONDS - started)) s"

# Without the JIT's profile-guided optimisation: its instrumented first tier pays off in a server that runs for days,
# not in the test hosts and the dozens of short app processes the tests start (seed, export-site, the proxy's
# instances). The same process-starting integration classes took about 15 % less user time without it (36.8 to
# 38.9 s against 32.0 and 32.1 s), the page classes about 9 % less (docs/benchmarks.md, Round 11). The code is the same.
export DOTNET_TieredPGO=0

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
  set +e
  dotnet test "tests/$project" -c "$configuration" --no-build --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log.$project" | show "$project"
  echo "${PIPESTATUS[0]}" > "$log.$project.status"
}

# The browser tests and then the integration tests, not side by side: each keeps both cores busy on its own (its
# classes run in parallel), and together they cost about a fifth more processor time than one after the other
# (Chromium, the test hosts and the apps' processes fighting over two cores and their caches). On an idle
# machine the same code took 869 s of processor time and 7 min 19 s side by side, 698 s and 6 min 13 s one after
# the other (docs/benchmarks.md, Round 13). The unit tests (a few seconds) run beside them.
# Ctrl-C stops the chain too: without the trap, the integration tests started once the interrupted browser tests
# had ended, after the script itself had exited (review). A crashed browser test host (137, 139) still lets them run.
in_turn=(AwsKoreaDashboard.BrowserTests AwsKoreaDashboard.IntegrationTests)
beside=(AwsKoreaDashboard.UnitTests)
projects=("${in_turn[@]}" "${beside[@]}")
pids=()
(
  trap 'exit 130' INT
  for project in "${in_turn[@]}"; do run_project "$project" "$@"; done
) &
pids+=($!)
for project in "${beside[@]}"; do
  (run_project "$project" "$@") &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || true
done

status=0
statuses=()
for project in "${projects[@]}"; do
  cat "$log.$project" >> "$log"
  project_status=$(cat "$log.$project.status" 2>/dev/null || echo 1)
  [ "$project_status" -eq 0 ] || status=$project_status
  statuses+=("$project_status")
  rm -f "$log.$project" "$log.$project.status"
done
elapsed=$((SECONDS - started))

# The summary: each project (one whose `dotnet test` failed before running a test too), the whole run, where the log is.
echo
echo "Summary ($((elapsed / 60)) min $((elapsed % 60)) s; full log: $log)"
awk -v projects="${projects[*]}" -v statuses="${statuses[*]}" '
  /^Test run for / { p = $4; sub(/.*\//, "", p); sub(/\.dll$/, "", p); ran[p] = 1 }
  $1 == "Passed:" { passed[p] += $2 } $1 == "Failed:" { failed[p] += $2 } $1 == "Skipped:" { skipped[p] += $2 }
  /^ Total time:/ { took[p] = " in " $3 " " tolower($4) }
  /^No test matches/ { took[p] = " (no test matched the filter)" }
  /^Test Run Aborted/ { took[p] = " (the test host crashed: see the log)" }
  END {
    n = split(projects, names, " "); split(statuses, codes, " ")
    for (i = 1; i <= n; i++) {
      q = names[i]
      if (q in ran) printf "  %-36s %d passed, %d failed, %d skipped%s\n", q, passed[q], failed[q], skipped[q], took[q]
      else printf "  %-36s no test ran: dotnet test exited %s (see the log)\n", q, codes[i]
    }
  }' "$log"
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
