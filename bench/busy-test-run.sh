#!/usr/bin/env bash
# The test run on a busy machine (issue 19): clones the repository's committed HEAD into a temporary folder and
# runs tests/run.sh there while THREADS loops (default 1) keep the processor busy for SHARE of every 100 ms each
# (0 to 1; default 1: a thread never sleeps). Prints the run's summary, its wall time, and the processor time the
# loops got (the scheduler gives one thread among the run's dozens less than a core: about 150 s of a 9-minute run).
# Usage: bench/busy-test-run.sh [share, default 1] [threads, default 1]
set -euo pipefail
cd "$(dirname "$0")/.."
share=${1:-1}
threads=${2:-1}
work=$(mktemp -d)
loops=()
trap 'kill "${loops[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q . "$work/r"
for _ in $(seq "$threads"); do
  python3 - "$share" <<'PY' &
import sys, time
share, period = float(sys.argv[1]), 0.1
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
echo "wall: $((elapsed / 60)) min $((elapsed % 60)) s; the $threads busy loop(s) got $((ticks / $(getconf CLK_TCK))) s of processor time (share $share)"
exit "$status"
