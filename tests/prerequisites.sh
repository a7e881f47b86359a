#!/usr/bin/env bash
# What the tests need from Debian, checked without network or root, installed only when something is missing.
# - everything present: prints nothing and installs nothing;
# - something missing, as root (or with sudo): apt-get installs exactly that;
# - something missing, without root and without sudo: names the packages and stops (exit 1).
# Usage: tests/prerequisites.sh [--check]   (--check: only name what is missing; exit 1 if anything is)
# tests/run.sh runs it first; it works alone as well.
set -euo pipefail

check_only=false
[ "${1:-}" = "--check" ] && check_only=true

# Packages installed with their recommends (as on the machines where the browser tests were written) ...
missing=()
# ... and without (LibreOffice's recommends are about 600 MB, Impress alone about 240 MB).
lean=()

# The browser: Debian's Chromium headless shell for the browser tests and Lighthouse (bench/ installs the desktop
# chromium itself), and a Korean font. fc-list's output is captured first, never piped into `grep -q`: under
# pipefail, grep quitting early makes fc-list die of SIGPIPE and the check fail at random.
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
korean_fonts=$(fc-list :lang=ko family 2>/dev/null || true)
[[ "$korean_fonts" == *"Noto Sans CJK"* ]] || missing+=(fonts-noto-cjk)
# The build restores Chart.js and friends with npm.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# The export tests render SVG with librsvg and read printed PDFs with poppler.
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
{ command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; } || missing+=(poppler-utils)
# The Nu HTML Checker (vnu.jar, from npm) runs on Java.
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# The chart image tests read the drawn titles back with OCR, Korean and English.
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
compgen -G "/usr/share/tesseract-ocr/*/tessdata/kor.traineddata" >/dev/null || missing+=(tesseract-ocr-kor)
compgen -G "/usr/share/tesseract-ocr/*/tessdata/eng.traineddata" >/dev/null || missing+=(tesseract-ocr-eng)
# The proxy tests run Debian's nginx as a caching reverse proxy in front of two app instances.
[ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# The PowerPoint rendering test: LibreOffice Impress converts a deck to PDF, poppler reads the PDF.
command -v soffice >/dev/null 2>&1 || lean+=(libreoffice-impress-nogui)

if [ ${#missing[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ]; then
  exit 0
fi

all="${missing[*]} ${lean[*]}"
all="${all# }"; all="${all% }"
if $check_only; then
  echo "Missing for the tests: $all" >&2
  exit 1
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "The tests need these Debian packages, which are not installed: $all" >&2
    echo "This script is not running as root and sudo is not available, so it cannot install them. As root, run:" >&2
    echo "  apt-get update" >&2
    [ ${#missing[@]} -eq 0 ] || echo "  apt-get install -y ${missing[*]}" >&2
    [ ${#lean[@]} -eq 0 ] || echo "  apt-get install -y --no-install-recommends ${lean[*]}" >&2
    echo "then run tests/run.sh again." >&2
    exit 1
  fi
fi

echo "Installing $all ..."
$sudo apt-get update -qq || { sleep 5; $sudo apt-get update -qq; }
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#lean[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
fi
