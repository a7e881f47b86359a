#!/usr/bin/env bash
# The benchmark: a Release publish on loopback, measured in ONE run with wrk (Debian's package) and Lua
# scripts, on the addresses people really use:
# - every same-origin link that the Korean and English dashboards contain (pages, downloads, API, assets),
#   plus a share link and an embed address, measured as one mix and by kind; an old link (a redirect) and an
#   unknown address (the 404 page); and a static file of the same bytes as the dashboard, served by the same
#   app in the same run, as the yardstick; the mix, the pages and the static file again through nginx with
#   deploy/nginx.conf (the caching proxy of docs/deployment.md) in front of the same app;
# - a flood of distinct addresses and Accept-Encoding values (the process's RSS before and after, and the
#   dashboard's latency meanwhile);
# - a cache miss of the dashboard page (a second instance with the page cache off: every request renders);
# - start-up time to the first 200 with an empty database; time until the charts in the first screen are
#   drawn and the bytes of a first load, in headless Chromium.
# Writes the numbers as JSON to bench/results/latest.json and prints a table.
# Usage: bench/run.sh [seconds per run, default 5] [connections, default 32] [rounds, default 3]
# Each round measures every kind once, in a rotated order; the report takes each kind's median round.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-5}
connections=${2:-32}
rounds=${3:-3}
flood_seconds=${FLOOD_SECONDS:-12}
port=5099
base="http://127.0.0.1:$port"
work=$(mktemp -d)
proxy_port=5098
proxy_base="http://127.0.0.1:$proxy_port"
app_pid=""
stop_proxy() { [ -f "$work/proxy/nginx.pid" ] && kill "$(cat "$work/proxy/nginx.pid")" 2>/dev/null || true; }
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; stop_proxy; rm -rf "$work"; }
trap cleanup EXIT

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
[ -x /usr/bin/chromium ] || need+=(chromium)
korean_fonts=$(fc-list :lang=ko family 2>/dev/null || true) # captured: a pipe into grep -q fails under pipefail
[[ "$korean_fonts" == *"Noto Sans CJK"* ]] || need+=(fonts-noto-cjk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --prefer-offline --silent)

# start_app, wait_for_200, stop_app, rss_kb
source bench/app.sh

echo "Publishing (Release) ..."
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/first" --nologo -v q >/dev/null
start_app "$work/first" "$work/first.db"
wait_for_200
curl -s "$base/ko/KRW/" -o "$work/home.html"
stop_app
# Publish again with the rendered dashboard as a static file: the same bytes, served by MapStaticAssets.
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

echo "A cache miss of the dashboard (page cache off: every request renders and compresses) ..."
start_app "$work/app" "$work/miss.db" "Dashboard__PageCache=false"
wait_for_200
wrk -t1 -c1 -d2s -H "Accept-Encoding: br" "$base/ko/KRW/" >/dev/null
miss=$(wrk -t1 -c1 -d"${duration}s" --latency -H "Accept-Encoding: br" "$base/ko/KRW/")
miss_p50=$(awk '$1 == "50%" {print $2}' <<<"$miss")
miss_p99=$(awk '$1 == "99%" {print $2}' <<<"$miss")
stop_app

start_app "$work/app" "$work/bench.db"
wait_for_200

# nginx with the repository's deploy/nginx.conf in front of the same app (its workers run as nobody: the
# folder must be open to them).
chmod 755 "$work"
mkdir -p "$work/proxy/logs"
cp deploy/nginx.conf "$work/proxy/"
echo "listen 127.0.0.1:$proxy_port;" > "$work/proxy/dashboard-listen.conf"
echo "server 127.0.0.1:$port;" > "$work/proxy/dashboard-upstream.conf"
nginx -p "$work/proxy" -c "$work/proxy/nginx.conf"

# The addresses the dashboards hand out: every same-origin href, src and data-…-url of both languages.
for page in /ko/KRW/ /en/KRW/; do
  curl -s "$base$page" | grep -oE '(href|src|data-[a-z-]+-url)="/[^/"][^"]*"|(href|src)="/"' | sed -E 's/^[a-z-]+="//; s/"$//; s/&amp;/\&/g; s/#.*//'
done | sort -u > "$work/links.txt"
printf '%s\n' /en/USD/charts/annual-pace?view=table /en/USD/embed/charts/annual-pace >> "$work/mix.txt"
cat "$work/links.txt" >> "$work/mix.txt"
grep -vE '^/(lib|css|js|favicon|api|bench)|/exports/' "$work/links.txt" > "$work/pages.txt" || true
grep -E '/exports/' "$work/links.txt" > "$work/downloads.txt" || true
grep -E '^/(lib|css|js|favicon)' "$work/links.txt" > "$work/assets.txt" || true
echo "/en/USD/charts/annual-pace?view=table" > "$work/share.txt"
echo "/en/USD/embed/charts/annual-pace" > "$work/embed.txt"
echo "/charts/annual-pace?culture=en&currency=USD" > "$work/old-link.txt"
echo "/no-such-page" > "$work/not-found.txt"
echo "/bench/home.html" > "$work/static.txt"
kinds=(mix pages downloads assets share embed old-link not-found static proxy-mix proxy-pages proxy-static)
echo "Links gathered: $(wc -l < "$work/links.txt") distinct ($(wc -l < "$work/pages.txt") pages, $(wc -l < "$work/downloads.txt") downloads, $(wc -l < "$work/assets.txt") assets)"

headers=(-H "Accept-Encoding: br" -H "Accept: text/html,application/json")
run_kind() { # $1 = kind (proxy-X: the list X through nginx), $2 = seconds
  local target=$base list=$1
  if [[ $1 == proxy-* ]]; then target=$proxy_base; list=${1#proxy-}; fi
  wrk -t2 -c"$connections" -d"$2s" --latency "${headers[@]}" -s bench/mix.lua "$target/" -- "$work/$list.txt"
}
# Warm up under load (every cache entry filled, tiered JIT done) so the first kind measured is not penalised.
for kind in "${kinds[@]}"; do run_kind "$kind" 2 >/dev/null; done

results="["
count=${#kinds[@]}
for round in $(seq 0 $((rounds - 1))); do
  for i in $(seq 0 $((count - 1))); do
    kind=${kinds[$(( (i + round) % count ))]}
    echo "round $((round + 1))/$rounds: $kind ($duration s, $connections connections) ..."
    out=$(run_kind "$kind" "$duration")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
    sockerr=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' <<<"$out"); sockerr=${sockerr:-0}
    results+="{\"kind\":\"$kind\",\"round\":$((round + 1)),\"rps\":$rps,\"p50\":\"$p50\",\"p99\":\"$p99\",\"non2xx\":$non2xx,\"socketErrors\":$sockerr},"
  done
done
results="${results%,}]"
mix_statuses=$(while read -r path; do curl -s -o /dev/null -w '%{http_code}\n' -H "Accept-Encoding: br" "$base$path"; done < "$work/mix.txt" | sort | uniq -c | awk '{printf "%s\"%s\":%s", (n++ ? "," : ""), $2, $1}')

echo "A flood of distinct addresses and encodings for $flood_seconds s, with the dashboard measured meanwhile ..."
rss_before=$(rss_kb)
wrk -t1 -c4 -d"${flood_seconds}s" --latency -H "Accept-Encoding: br" "$base/ko/KRW/" > "$work/during.txt" &
during_pid=$!
flood=$(wrk -t2 -c8 -d"${flood_seconds}s" -s bench/flood.lua "$base/")
wait "$during_pid"
sleep 1
rss_after=$(rss_kb)
flood_requests=$(awk '/requests in/ {print $1}' <<<"$flood")
flood_rps=$(awk '/Requests\/sec/ {print $2}' <<<"$flood")
during_p50=$(awk '$1 == "50%" {print $2}' "$work/during.txt")
during_p99=$(awk '$1 == "99%" {print $2}' "$work/during.txt")

# How the proxy answered during the runs: its access log's cache statuses.
proxy_statuses=$(awk '{for (i = 1; i <= NF; i++) if ($i ~ /^cache=/) {sub(/^cache=/, "", $i); n[$i == "-" ? "none" : $i]++}} END {for (k in n) printf "%s\"%s\":%d", (c++ ? "," : ""), k, n[k]}' "$work/proxy/logs/access.log")
stop_proxy

echo "Headless Chromium: charts drawn, first-load bytes ..."
# On a machine loaded by other work the browser may miss its own timeouts: the other numbers are kept then.
browser=$(cd bench && node first-load.mjs "$base/ko/KRW/" 5) || { echo "browser measurement failed (kept as null); app log:" >&2; tail -5 "$work/app.log" >&2; browser=null; }
stop_app

mkdir -p bench/results
cat > bench/results/latest.json <<JSON
{
  "when": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "machine": "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), .NET $(dotnet --version)",
  "duration": $duration,
  "connections": $connections,
  "rounds": $rounds,
  "links": $(wc -l < "$work/links.txt"),
  "mixStatuses": {$mix_statuses},
  "proxyCacheStatuses": {$proxy_statuses},
  "startupMs": [$(IFS=,; echo "${startup_ms[*]}")],
  "miss": {"p50": "$miss_p50", "p99": "$miss_p99"},
  "flood": {"seconds": $flood_seconds, "requests": $flood_requests, "rps": $flood_rps, "rssBeforeKb": $rss_before, "rssAfterKb": $rss_after,
            "dashboardP50": "$during_p50", "dashboardP99": "$during_p99"},
  "runs": $results,
  "browser": $browser
}
JSON
python3 - "$root/bench/results/latest.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
by_kind = {}
for run in r["runs"]:
    by_kind.setdefault(run["kind"], []).append(run)
summary = []
for kind, runs in by_kind.items():
    runs.sort(key=lambda x: x["rps"])
    median = runs[len(runs) // 2]
    summary.append({**median, "allRps": [x["rps"] for x in runs],
                    "non2xx": sum(x["non2xx"] for x in runs), "socketErrors": sum(x["socketErrors"] for x in runs)})
r["summary"] = summary
json.dump(r, open(sys.argv[1], "w"), indent=2)
static = next(e for e in summary if e["kind"] == "static")
print(f"\n{r['machine']}; {r['connections']} connections, {r['rounds']} rounds of {r['duration']} s per kind; {r['links']} distinct links on the two dashboards")
print(f"{'kind':12} {'req/s (median)':>15} {'vs static':>10} {'p50':>9} {'p99':>9} {'non-2xx':>8} {'sock err':>8}   rounds")
for e in summary:
    print(f"{e['kind']:12} {e['rps']:>15.0f} {e['rps']/static['rps']:>10.0%} {e['p50']:>9} {e['p99']:>9} {e['non2xx']:>8} {e['socketErrors']:>8}   {', '.join(f'{x:.0f}' for x in e['allRps'])}")
print(f"statuses of the mix's addresses (one request each): {r['mixStatuses']}")
print(f"nginx cache statuses over every proxied request (warm-up included): {r['proxyCacheStatuses']}")
f = r["flood"]
print(f"flood: {f['requests']} distinct requests in {f['seconds']} s ({f['rps']:.0f}/s); RSS {f['rssBeforeKb']/1024:.0f} MB -> {f['rssAfterKb']/1024:.0f} MB "
      f"(+{(f['rssAfterKb']-f['rssBeforeKb'])/1024:.1f} MB); the dashboard meanwhile p50 {f['dashboardP50']}, p99 {f['dashboardP99']}")
print(f"cache miss of the dashboard (render + Brotli 5 every request, 1 connection): p50 {r['miss']['p50']}, p99 {r['miss']['p99']}")
print(f"start-up to first 200 on /ko/KRW/ (empty database): {r['startupMs']} ms")
b = r["browser"]
if b is None:
    print("browser measurement: failed (see above)"); sys.exit(0)
print(f"charts in the first screen drawn after navigation: median {b['chartsDrawnMs']['median']} ms, max {b['chartsDrawnMs']['max']} ms ({b['chartsDrawnMs']['runs']} cold loads)")
print(f"first load of /ko/KRW/ transferred {b['firstLoadBytes']/1024:.1f} KB")
PY
