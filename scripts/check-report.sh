#!/usr/bin/env bash
# Checks a Siloscope workshop report in a real headless browser (Chromium):
#   - the page loads and renders with no console error (uncaught exceptions, CSP
#     violations, failed loads, anything Chromium logs at error level from the page);
#   - the page makes no network request at all (the report must be self-contained);
#   - a screenshot is written, so a person can look at it.
#
# Usage: scripts/check-report.sh REPORT.html OUT.png [WIDTH,HEIGHT]
#   Exit 0: clean. 1: console errors or network requests (listed on stderr).
#   2: usage, a missing file or Chromium not available and not installable.
# Chromium is installed with apt (Debian package `chromium`) when missing; set
# CHROMIUM=/path/to/chrome to use another binary. Documented in docs/report.md.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report=$1
screenshot=$2
size=${3:-1600,2400}
if [ ! -f "$report" ]; then
  echo "$0: $report: no such file" >&2
  exit 2
fi

find_chromium() {
  if [ -n "${CHROMIUM:-}" ]; then echo "$CHROMIUM"; return; fi
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  done
}

browser=$(find_chromium || true)
if [ -z "$browser" ]; then
  echo "check-report: chromium not found; installing the Debian package 'chromium'" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null; }; then
    echo "check-report: could not install chromium with apt; set CHROMIUM=/path/to/chrome" >&2
    exit 2
  fi
  browser=$(find_chromium || true)
  if [ -z "$browser" ]; then
    echo "check-report: chromium is still not on PATH after installing it" >&2
    exit 2
  fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/check-report.XXXXXX")
trap 'rm -rf "$work"' EXIT
abs_report=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")
mkdir -p "$(dirname "$screenshot")"
abs_shot=$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")

# A fresh profile and as little background traffic of the browser's own as the flags
# allow. Every host name resolves to nothing, so no request leaves the machine; the net
# log still records what was attempted.
status=0
timeout 120 "$browser" \
  --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$work/profile" \
  --no-first-run --no-default-browser-check --disable-extensions \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-default-apps --disable-domain-reliability --metrics-recording-only \
  --disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication \
  --host-resolver-rules="MAP * ~NOTFOUND" \
  --log-net-log="$work/netlog.json" --net-log-capture-mode=Default \
  --enable-logging=stderr --v=0 --log-level=0 \
  --virtual-time-budget=5000 \
  --window-size="$size" --screenshot="$abs_shot" \
  "file://$abs_report" >"$work/stdout" 2>"$work/stderr" || status=$?

if [ "$status" -ne 0 ]; then
  echo "check-report: chromium exited with status $status" >&2
  tail -n 20 "$work/stderr" >&2
  exit 1
fi
if [ ! -s "$abs_shot" ]; then
  echo "check-report: chromium wrote no screenshot" >&2
  tail -n 20 "$work/stderr" >&2
  exit 1
fi

failed=0
# The report has no script, so any console line comes from the browser: an uncaught
# error, a Content-Security-Policy refusal, a failed load. Every one is a failure.
errors=$(grep -E 'CONSOLE[:(]|Uncaught' "$work/stderr" || true)
if [ -n "$errors" ]; then
  echo "check-report: console messages (the report should produce none):" >&2
  echo "$errors" >&2
  failed=1
fi
# Requests the page attempted: in the net log, those with the file page as initiator
# ("null") or in the page's network isolation key. The browser's own traffic (time,
# update and account checks it makes despite the flags) has initiator "not an origin"
# and is ignored.
requests=$(grep -E '"(initiator":"null|network_isolation_key":"file://)' "$work/netlog.json" 2>/dev/null \
  | grep -oE '"url":"[a-z-]+://[^"]*"' | grep -vE '"url":"(file|data|about|chrome|blob):' | sort -u || true)
if [ -n "$requests" ]; then
  echo "check-report: network requests attempted by the page:" >&2
  echo "$requests" >&2
  failed=1
fi
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "check-report: $report loads with no console error and no network request; screenshot $screenshot"
