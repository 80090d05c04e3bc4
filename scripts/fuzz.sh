#!/usr/bin/env bash
# A longer fuzzing campaign than CI's (docs/robustness.md). Builds like `make test`, then
# runs only the harness with a larger budget. Every failing input is saved under
# Tests/SiloscopeFuzzTests/Regressions/ and replayed by every later test run.
#
#   scripts/fuzz.sh                      # 3000 inputs or 30 minutes, a random seed
#   SILOSCOPE_FUZZ_SEED=42 SILOSCOPE_FUZZ_INPUTS=20000 SILOSCOPE_FUZZ_SECONDS=7200 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export SILOSCOPE_FUZZ_INPUTS="${SILOSCOPE_FUZZ_INPUTS:-3000}"
export SILOSCOPE_FUZZ_SECONDS="${SILOSCOPE_FUZZ_SECONDS:-1800}"
export SILOSCOPE_FUZZ_SEED="${SILOSCOPE_FUZZ_SEED:-$RANDOM$RANDOM}"
FLAGS=(-c release -Xswiftc -enable-testing)
swift build "${FLAGS[@]}" --build-tests
echo "fuzz: seed $SILOSCOPE_FUZZ_SEED, up to $SILOSCOPE_FUZZ_INPUTS inputs or $SILOSCOPE_FUZZ_SECONDS s" >&2
swift test "${FLAGS[@]}" --skip-build --filter 'FuzzTests' 2>&1 | grep -E '^fuzz:|✘|passed after|failed after|input saved' || true
