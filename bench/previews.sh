#!/usr/bin/env bash
# The chart images' benchmark (issue 17): a Release publish on loopback, measured in one run:
# - a cold render in-process first (bench/PreviewRender: every card, thumbnail and slide drawn from the real data,
#   drawing and PNG encoding timed apart, against Skia's default PNG settings);
# - a cold render: the page cache off, so every request draws and encodes its PNG; each 1200×630 card of every
#   chart and the since chart in both languages and currencies, in turn, one request at a time; p50 and p95 of the
#   server's own time (the "Drew the … image … in N ms (drawing N ms, PNG encoding N ms)" log line) and of the
#   whole request (curl);
# - a cached image against a static file of the same bytes, served by the same app, with wrk, alternating;
# - the memory the cache holds for every image of both languages and currencies (the stored bytes: PNGs are
#   stored once, not per encoding), and the process's RSS before and after they are drawn.
# Writes bench/results/previews.json and prints a summary.
# Usage: bench/previews.sh [seconds per wrk run, default 5] [connections, default 32] [rounds, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-5}
connections=${2:-32}
rounds=${3:-3}
port=${BENCH_PORT:-5098}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null 2>&1 || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"; $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends wrk >/dev/null; }

# start_app, wait_for_200, stop_app, rss_kb
source bench/app.sh

echo "Cold renders in-process (bench/PreviewRender) ..."
dotnet build bench/PreviewRender -c Release --nologo -v q >/dev/null
dotnet bench/PreviewRender/bin/Release/net10.0/PreviewRender.dll 5

echo "Publishing (Release) ..."
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/first" --nologo -v q >/dev/null
start_app "$work/first" "$work/first.db"
wait_for_200
curl -s "$base/ko/KRW/charts/annual-pace.png" -o "$work/card.png"
charts=$(python3 -c "import json;print(' '.join(c['key'] for c in json.load(open('data/charts.json'))['charts']))")
stop_app
# Publish again with that image as a static file: the same bytes, served by MapStaticAssets.
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/app" --nologo -v q -p:BenchStaticImage="$work/card.png" >/dev/null

cards=(); all=()
for lang in ko en; do
  for currency in KRW USD; do
    for key in $charts; do
      cards+=("/$lang/$currency/charts/$key.png")
      all+=("/$lang/$currency/charts/$key.png" "/$lang/$currency/charts/$key.thumb.png" "/$lang/$currency/charts/$key.slide.png")
    done
    cards+=("/$lang/$currency/since/chart.png"); all+=("/$lang/$currency/since/chart.png")
  done
done

echo "Cold renders (page cache off): ${#cards[@]} cards × 5 rounds, one request at a time ..."
start_app "$work/app" "$work/cold.db" "Dashboard__PageCache=false"
wait_for_200
for url in "${cards[@]}"; do curl -s -o /dev/null "$base$url"; done # warm-up: JIT, the font's first load
: > "$work/cold-requests.txt"
load_cold=$(cut -d' ' -f1-3 /proc/loadavg)
lines_before=$(grep -c "Drew the" "$work/app.log" || true)
for _ in 1 2 3 4 5; do
  for url in "${cards[@]}"; do curl -s -o /dev/null -w '%{time_total}\n' "$base$url" >> "$work/cold-requests.txt"; done
done
sleep 1
grep "Drew the" "$work/app.log" | tail -n +"$((lines_before + 1))" | grep "1200×630" \
  | sed -E 's/.* in ([0-9.]+) ms \(drawing ([0-9.]+) ms, PNG encoding ([0-9.]+) ms\).*/\1 \2 \3/' > "$work/cold-draws.txt"
stop_app

echo "Cached image against a static file of the same bytes ($rounds rounds of $duration s, $connections connections) ..."
start_app "$work/app" "$work/bench.db"
wait_for_200
rss_before=$(rss_kb)
bytes_cards=0; bytes_all=0
for url in "${all[@]}"; do
  size=$(curl -s -o /dev/null -w '%{size_download}' "$base$url")
  bytes_all=$((bytes_all + size))
  [[ "$url" == *.slide.png || "$url" == *.thumb.png ]] || bytes_cards=$((bytes_cards + size))
done
sleep 1
rss_after=$(rss_kb)
image_url="$base/ko/KRW/charts/annual-pace.png"
cmp -s <(curl -s "$image_url") <(curl -s "$base/bench/card.png") || { echo "the static copy differs from the image" >&2; exit 1; }
wrk -t2 -c"$connections" -d2s "$image_url" >/dev/null; wrk -t2 -c"$connections" -d2s "$base/bench/card.png" >/dev/null
: > "$work/wrk.txt"
for round in $(seq 1 "$rounds"); do
  for kind in image static; do
    url=$image_url; [ "$kind" = static ] && url="$base/bench/card.png"
    out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$url")
    echo "$kind $(awk '/Requests\/sec/ {print $2}' <<<"$out") $(awk '$1 == "50%" {print $2}' <<<"$out") $(awk '/Non-2xx/ {print $NF}' <<<"$out")" >> "$work/wrk.txt"
  done
done
stop_app

mkdir -p bench/results
LOAD_COLD="$load_cold" python3 - "$work" "$root/bench/results/previews.json" "$bytes_cards" "$bytes_all" "${#cards[@]}" "${#all[@]}" "$rss_before" "$rss_after" "$duration" "$connections" <<'PY'
import json, os, statistics, sys, subprocess
work, out = sys.argv[1], sys.argv[2]
bytes_cards, bytes_all, n_cards, n_all, rss_before, rss_after, duration, connections = map(int, sys.argv[3:])
def pct(values, q):
    values = sorted(values); return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]
rows = [[float(v) for v in x.split()] for x in open(f"{work}/cold-draws.txt") if x.strip()]
draws, drawing, encoding = ([r[i] for r in rows] for i in range(3))
requests = [float(x) * 1000 for x in open(f"{work}/cold-requests.txt") if x.strip()]
runs = {"image": [], "static": []}
for line in open(f"{work}/wrk.txt"):
    kind, rps, p50, *rest = line.split()
    runs[kind].append({"rps": float(rps), "p50": p50, "non2xx": int(rest[0]) if rest else 0})
median = {k: statistics.median(r["rps"] for r in v) for k, v in runs.items()}
machine = subprocess.run("echo $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)", shell=True, capture_output=True, text=True).stdout.strip()
result = {
    "machine": machine, "loadAtColdRenders": os.environ["LOAD_COLD"], "duration": duration, "connections": connections,
    "coldDrawMs": {"n": len(draws), "p50": pct(draws, .5), "p95": pct(draws, .95), "max": max(draws),
                   "drawingP50": pct(drawing, .5), "encodingP50": pct(encoding, .5)},
    "coldRequestMs": {"n": len(requests), "p50": pct(requests, .5), "p95": pct(requests, .95)},
    "cached": runs, "cachedVsStatic": median["image"] / median["static"],
    "memory": {"cards": n_cards, "cardBytes": bytes_cards, "images": n_all, "imageBytes": bytes_all, "rssBeforeKb": rss_before, "rssAfterKb": rss_after},
}
json.dump(result, open(out, "w"), indent=2)
print(f"\n{machine} (at the cold renders: load {result['loadAtColdRenders']})")
cold = result['coldDrawMs']
print(f"cold render of a 1200×630 card (draw + PNG encode, server's own time): p50 {cold['p50']:.1f} ms, p95 {cold['p95']:.1f} ms, max {cold['max']:.1f} ms ({len(draws)} renders; p50 drawing {cold['drawingP50']:.1f} ms, encoding {cold['encodingP50']:.1f} ms)")
print(f"the same, whole request seen by curl: p50 {result['coldRequestMs']['p50']:.1f} ms, p95 {result['coldRequestMs']['p95']:.1f} ms")
print(f"cached image {median['image']:.0f} req/s against static file {median['static']:.0f} req/s: {result['cachedVsStatic']:.2f}× (rounds: image {[r['rps'] for r in runs['image']]}, static {[r['rps'] for r in runs['static']]})")
print(f"memory: {n_cards} cards hold {bytes_cards/1024:.0f} KB; all {n_all} images (cards, thumbnails and slides) {bytes_all/1024:.0f} KB; RSS {rss_before/1024:.0f} MB -> {rss_after/1024:.0f} MB after drawing them all")
PY
