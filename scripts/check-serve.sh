#!/usr/bin/env bash
# The browser test of `siloscope serve` (run by `make test`): a real headless Chromium,
# driven by Selenium, loads the page, moves the CRM team, sees the figures change in two
# browsers, saves the scenario and checks `siloscope compare` on it (scripts/check-serve.py).
# Usage: scripts/check-serve.sh SILOSCOPE_BINARY [OUT]
# Installs what is missing first (scripts/setup.sh --browser). Documented in docs/serve.md.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 1 ]; then
  echo "usage: $0 SILOSCOPE_BINARY [OUT]" >&2
  exit 2
fi
bash scripts/setup.sh --browser
exec python3 scripts/check-serve.py "$@"
