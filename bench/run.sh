#!/usr/bin/env bash
# The benchmark: a Release publish on loopback, measured in ONE run with wrk (Debian's package):
# requests per second and p50/p99 latency for /, a chart page, /api/figures and a static file of the
# same bytes as / served by the same app; start-up time to the first 200 on / with an empty database;
# time until every chart on / is drawn and the bytes of a first load, in headless Chromium.
# Writes the numbers as JSON to bench/results/latest.json and prints a table.
# Usage: bench/run.sh [seconds per run, default 6] [connections, default 32] [rounds, default 3]
# Each round measures every endpoint once, in a rotated order; the report takes each endpoint's median
# round, so a machine that slows down or speeds up during the run does not favour one endpoint.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-6}
connections=${2:-32}
rounds=${3:-3}
port=5099
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --silent)

start_app() { # $1 = publish folder, $2 = database file
  # Run from the publish folder: it is the content root (appsettings.json, wwwroot, data/).
  # Request logging off for the measurement: a log line per request would measure the console.
  cd "$1"
  env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Dashboard=Data Source=$2" "Dashboard__LogDirectory=$work/logs" \
    "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
    dotnet AwsKoreaDashboard.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
  app_pid=$!
  cd "$root"
}
wait_for_200() {
  for _ in $(seq 1 2000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = "200" ] && return 0
    sleep 0.005
  done
  echo "the app did not answer; its log:" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

echo "Publishing (Release) ..."
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/first" --nologo -v q >/dev/null
start_app "$work/first" "$work/first.db"
wait_for_200
curl -s "http://127.0.0.1:$port/" -o "$work/home.html"
stop_app
# Publish again with the rendered home page as a static file: the same bytes, served by MapStaticAssets.
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/app" --nologo -v q -p:BenchStaticFile="$work/home.html" >/dev/null

echo "Start-up with an empty database ..."
startup_ms=()
for i in 1 2 3; do
  t0=$(date +%s%N)
  start_app "$work/app" "$work/startup-$i.db"
  wait_for_200
  t1=$(date +%s%N)
  startup_ms+=($(( (t1 - t0) / 1000000 )))
  stop_app
done

start_app "$work/app" "$work/bench.db"
wait_for_200
headers=(-H "Accept-Encoding: br" -H "Accept: text/html,application/json")
endpoints=("/" "/charts/annual-pace" "/api/figures" "/bench/home.html")
# Warm up under load (output cache filled, tiered JIT done) so the first endpoint measured is not penalised.
for path in "${endpoints[@]}"; do
  wrk -t2 -c"$connections" -d3s "${headers[@]}" "http://127.0.0.1:$port$path" >/dev/null
done
sizes=()
for path in "${endpoints[@]}"; do
  sizes+=("$(curl -s "${headers[@]}" "http://127.0.0.1:$port$path" | wc -c)")
done

results="["
count=${#endpoints[@]}
for round in $(seq 0 $((rounds - 1))); do
  for i in $(seq 0 $((count - 1))); do
    path=${endpoints[$(( (i + round) % count ))]}
    echo "round $((round + 1))/$rounds: wrk $path ($duration s, $connections connections) ..."
    out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "${headers[@]}" "http://127.0.0.1:$port$path")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
    sockerr=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out"); sockerr=${sockerr:-0}
    results+="{\"path\":\"$path\",\"round\":$((round + 1)),\"rps\":$rps,\"p50\":\"$p50\",\"p99\":\"$p99\",\"non2xx\":$non2xx,\"socketErrors\":$sockerr},"
  done
done
results="${results%,}]"

echo "Headless Chromium: charts drawn, first-load bytes ..."
browser=$(cd bench && node first-load.mjs "http://127.0.0.1:$port/" 5) || { echo "browser measurement failed; app log:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
stop_app

mkdir -p bench/results
cat > bench/results/latest.json <<JSON
{
  "when": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version)",
  "duration": $duration,
  "connections": $connections,
  "rounds": $rounds,
  "bodyBytes": {"home": ${sizes[0]}, "chart": ${sizes[1]}, "apiFigures": ${sizes[2]}, "static": ${sizes[3]}},
  "startupMs": [$(IFS=,; echo "${startup_ms[*]}")],
  "runs": $results,
  "browser": $browser
}
JSON
python3 - "$root/bench/results/latest.json" <<'PY'
import json, sys, statistics
r = json.load(open(sys.argv[1]))
by_path = {}
for run in r["runs"]:
    by_path.setdefault(run["path"], []).append(run)
summary = []
for path, runs in by_path.items():
    runs.sort(key=lambda x: x["rps"])
    median = runs[len(runs) // 2]
    summary.append({**median, "allRps": [x["rps"] for x in runs],
                    "non2xx": sum(x["non2xx"] for x in runs), "socketErrors": sum(x["socketErrors"] for x in runs)})
r["summary"] = summary
json.dump(r, open(sys.argv[1], "w"), indent=2)
static = next(e for e in summary if e["path"] == "/bench/home.html")
print(f"\n{r['machine']}; {r['connections']} connections, {r['rounds']} rounds of {r['duration']} s per endpoint; bodies (br): {r['bodyBytes']}")
print(f"{'path':28} {'req/s (median)':>15} {'vs static':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8} {'sock err':>8}   rounds")
for e in summary:
    print(f"{e['path']:28} {e['rps']:>15.0f} {e['rps']/static['rps']:>10.0%} {e['p50']:>9} {e['p99']:>9} {e['non2xx']:>8} {e['socketErrors']:>8}   {', '.join(f'{x:.0f}' for x in e['allRps'])}")
print(f"start-up to first 200 on / (empty database): {r['startupMs']} ms")
b = r["browser"]
print(f"all charts on / drawn after navigation: median {b['chartsDrawnMs']['median']} ms, max {b['chartsDrawnMs']['max']} ms ({b['chartsDrawnMs']['runs']} cold loads)")
print(f"first load of / transferred {b['firstLoadBytes']/1024:.1f} KB")
PY
