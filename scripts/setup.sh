#!/usr/bin/env bash
# Installs the system packages Siloscope needs, only those that are missing.
# With --browser (make test): also what the browser test of `siloscope serve` needs
# (scripts/check-serve.sh): Debian's chromium and chromium-driver, and Selenium from pip.
set -euo pipefail
browser=0
if [ "${1:-}" = "--browser" ]; then browser=1; fi
need=()
if [ "$browser" -eq 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
  if ! python3 -c "import selenium" >/dev/null 2>&1; then
    echo "setup: installing selenium with pip" >&2
    python3 -m pip install -q selenium || { echo "setup: pip could not install selenium" >&2; exit 1; }
  fi
fi
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
# The model reader drives libyaml's parser directly (Sources/CLibYAML).
pkg-config --exists yaml-0.1 2>/dev/null || need+=(libyaml-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
# ZIPFoundation (reading .xlsx workbooks) links zlib.
[ -e /usr/include/zlib.h ] || need+=(zlib1g-dev)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || need+=(fonts-dejavu-core fontconfig)
# The engine's instruction-count guard (scripts/instruction-guard.sh, run by make test).
command -v valgrind >/dev/null 2>&1 || need+=(valgrind)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "setup: installing ${need[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
