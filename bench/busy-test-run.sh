#!/usr/bin/env bash
# The test run on a busy machine (issue 19): clones the repository's committed HEAD into a temporary folder and
# runs tests/run.sh there while a one-thread loop keeps the processor busy for SHARE of every 100 ms (0 to 1;
# default 1: the thread never sleeps). Prints the run's summary, its wall time, and the processor time the loop
# got (the scheduler gives one thread among the run's dozens less than a core: about 150 s of a 9-minute run).
# Usage: bench/busy-test-run.sh [share, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
share=${1:-1}
work=$(mktemp -d)
trap 'kill "$loop" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q . "$work/r"
python3 - "$share" <<'PY' &
import sys, time
share, period = float(sys.argv[1]), 0.1
while True:
    t = time.monotonic()
    while time.monotonic() < t + share * period:
        pass
    time.sleep(max(0, t + period - time.monotonic()))
PY
loop=$!
started=$SECONDS
status=0
(cd "$work/r" && tests/run.sh) | tail -6 || status=$?
elapsed=$((SECONDS - started))
ticks=$(awk '{print $14 + $15}' "/proc/$loop/stat")
echo "wall: $((elapsed / 60)) min $((elapsed % 60)) s; the busy loop got $((ticks / $(getconf CLK_TCK))) s of processor time (share $share)"
exit "$status"
