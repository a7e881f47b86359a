#!/usr/bin/env bash
# The test command: installs what a fresh machine lacks (Debian's chromium and a Korean font for the
# browser tests, Node.js for the Chart.js restore, librsvg and poppler for the export tests, tesseract OCR for the chart image tests), then builds and runs every test in the solution.
# Usage: tests/run.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# The export tests render SVG with librsvg and read printed PDFs with poppler.
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The chart image tests read the drawn titles back with OCR, Korean and English.
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
ls /usr/share/tesseract-ocr/*/tessdata/kor.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-kor)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-eng)
# The Nu HTML Checker (vnu.jar, from npm) runs on Java.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# The PowerPoint rendering test: LibreOffice Impress converts a deck to PDF, poppler reads the PDF.
lean=()
command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-impress-nogui)
if [ ${#missing[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ${lean[*]} ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq || { sleep 5; $sudo apt-get update -qq; }
  if [ ${#missing[@]} -gt 0 ]; then
    # With recommends, as on the machines where the browser tests were written (fonts, helpers).
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ${#lean[@]} -gt 0 ]; then
    # Without recommends: LibreOffice's recommends are about 600 MB, Impress alone about 240 MB.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test AwsKoreaDashboard.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test projects.
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
