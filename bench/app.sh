# Shared by the benchmark scripts (sourced, not run): start the published app on $base from a publish folder,
# wait for its first 200, stop it, read its RSS. Expects $work, $base and $root to be set, and app_pid="".
start_app() { # $1 = publish folder, $2 = database file, then extra VAR=value settings
  # Run from the publish folder: it is the content root (appsettings.json, wwwroot, data/).
  # Request logging off for the measurement: a log line per request would measure the console.
  local folder=$1 db=$2; shift 2
  cd "$folder"
  env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Dashboard=Data Source=$db" "Dashboard__LogDirectory=$work/logs" \
    "Serilog__MinimumLevel__Override__Serilog.AspNetCore.RequestLoggingMiddleware=Warning" "$@" \
    dotnet AwsKoreaDashboard.Web.dll --urls "$base" >"$work/app.log" 2>&1 &
  app_pid=$!
  cd "$root"
}
wait_for_200() {
  for _ in $(seq 1 2000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/ko/KRW/")" = "200" ] && return 0
    sleep 0.005
  done
  echo "the app did not answer; its log:" >&2; cat "$work/app.log" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$app_pid/status"; }

