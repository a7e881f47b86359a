#!/usr/bin/env bash
# The test run on a busy machine (issue 19): clones the repository's committed HEAD into a temporary folder and
# runs tests/run.sh there while THREADS loops (default 1) keep the processor busy for SHARE of every 100 ms each
# (0 to 1; default 1: a thread never sleeps). Prints the run's summary, its wall time, and the processor time the
# loops got (two loops beside the run got 330 to 420 s of a 9- to 11-minute run in rounds 13 to 15).
# Where the loops run (the third argument): "session" (the default, the measure of every round since round 9) starts
# them in this script's session, where they take turns thread by thread with the run's build, test hosts, apps and
# tools, while Chromium, which Playwright starts in a session of its own, is a scheduling group of its own (this
# kernel's autogroup: the processor is shared between sessions before the threads of one). "own-session" starts them
# in a session of their own (setsid), as another program on the machine would be: the harsher load, since the
# run's many threads then count as one group (12 min 40 s against 9 to 10½ minutes; docs/benchmarks.md, Round 15).
# Usage: bench/busy-test-run.sh [share, default 1] [threads, default 1] [session|own-session, default session]
set -euo pipefail
cd "$(dirname "$0")/.."
share=${1:-1}
threads=${2:-1}
where=${3:-session}
case "$where" in
  session | own-session) ;;
  *) echo "the third argument is session or own-session, not $where" >&2; exit 2 ;;
esac
work=$(mktemp -d)
loops=()
# On the way out, however the run ends (a failure, Ctrl-C, a kill), the clone's full log (every test's output, a
# failure's message) is kept in tests/TestResults/busy-run-*.log before the clone is removed.
keep_logs() {
  mkdir -p tests/TestResults
  for kept in "$work"/r/tests/TestResults/run-*.log; do
    [ -e "$kept" ] && cp "$kept" "tests/TestResults/busy-$(basename "$kept")" && echo "full log kept: tests/TestResults/busy-$(basename "$kept")"
  done
  return 0
}
trap 'kill "${loops[@]}" 2>/dev/null || true; keep_logs; rm -rf "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
git clone -q . "$work/r"
for _ in $(seq "$threads"); do
  python3 - "$share" "$where" <<'PY' &
import os, sys, time
share, period = float(sys.argv[1]), 0.1
# The loop leaves the session itself (not the setsid program, which may fork): $! stays the loop's PID.
if sys.argv[2] == 'own-session':
    os.setsid()
while True:
    t = time.monotonic()
    while time.monotonic() < t + share * period:
        pass
    time.sleep(max(0, t + period - time.monotonic()))
PY
  loops+=($!)
done
started=$SECONDS
status=0
(cd "$work/r" && tests/run.sh) | tail -6 || status=$?
elapsed=$((SECONDS - started))
ticks=0
for loop in "${loops[@]}"; do
  ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$loop/stat")))
done
echo "wall: $((elapsed / 60)) min $((elapsed % 60)) s; the $threads busy loop(s) ($where) got $((ticks / $(getconf CLK_TCK))) s of processor time (share $share)"
exit "$status"
