#!/usr/bin/env bash
# Lighthouse, mobile preset, on a Release publish started the way bench/run.sh starts it: the dashboard,
# a chart page, the presentation, /since, a figure page and an embedded chart, each run several times (median reported), in Debian's Chromium.
# Dashboard__PublicOrigin is the app's own origin, so canonical and hreflang links are absolute as in
# production. Writes bench/results/lighthouse.json and prints a table.
# Usage: bench/lighthouse.sh [runs per page, default 3] [path ...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-3}
shift || true
port=${LIGHTHOUSE_PORT:-5098}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

korean_fonts=$(fc-list :lang=ko family 2>/dev/null || true) # captured: a pipe into grep -q fails under pipefail
if [ ! -x /usr/bin/chromium ] || [[ "$korean_fonts" != *"Noto Sans CJK"* ]]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
fi
(cd bench && npm ci --no-audit --no-fund --prefer-offline --silent)

echo "Publishing (Release) ..."
dotnet publish src/AwsKoreaDashboard.Web -c Release -o "$work/app" --nologo -v q >/dev/null
cd "$work/app"
env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Dashboard=Data Source=$work/lighthouse.db" "Dashboard__LogDirectory=$work/logs" \
  "Dashboard__PublicOrigin=$base" "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" \
  dotnet AwsKoreaDashboard.Web.dll --urls "$base" >"$work/app.log" 2>&1 &
app_pid=$!
cd "$root"
for _ in $(seq 1 2000); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ko/KRW/")" = "200" ] && break
  sleep 0.01
done
# Warm the page cache and the JIT so the first Lighthouse run does not measure a cold server.
for path in /ko/KRW/ /ko/KRW/charts/annual-pace /ko/KRW/present /ko/KRW/since /ko/KRW/figures/investment-2023-2027-krw /ko/KRW/embed/charts/annual-pace /en/USD/; do curl -s -o /dev/null -H "Accept-Encoding: br" "$base$path"; done

echo "Lighthouse on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) ..."
out=$(cd bench && node lighthouse.mjs "$base" "$runs" "$@")
sed '$d' <<<"$out"
mkdir -p bench/results
tail -n1 <<<"$out" | python3 -c "import json, sys; json.dump({'when': '$(date -u +%Y-%m-%dT%H:%M:%SZ)', 'machine': '$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)', 'pages': json.load(sys.stdin)}, open('bench/results/lighthouse.json', 'w'), indent=2)"
