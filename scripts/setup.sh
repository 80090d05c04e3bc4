#!/usr/bin/env bash
# Installs the system packages Siloscope needs, only those that are missing.
set -euo pipefail
need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev)
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
