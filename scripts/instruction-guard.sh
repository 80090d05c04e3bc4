#!/usr/bin/env bash
# The engine's speed guard, immune to a noisy machine: instructions per simulated event,
# counted by valgrind's callgrind (the same count on a loaded or idle machine), on the
# canonical network (explicit mode) and on the bank (structural mode), against the
# committed baseline bench/instructions-baseline.json. Fails (exit 1) when either grows by
# more than 10 %. `make test` runs it after the tests, on the binary they used.
#
#   scripts/instruction-guard.sh            # check
#   scripts/instruction-guard.sh --update   # write a new baseline: commit it on its own,
#                                           # with the reason in the message
#
# Counts include the process's start-up (loading, parsing the model), which is constant
# for a binary and small beside the simulated events. valgrind 3.19 cannot read the DWARF 5
# debug information Swift writes, so a copy of the binary without it is measured.
set -euo pipefail
cd "$(dirname "$0")/.."
update=false
[ "${1:-}" = "--update" ] && update=true
baseline=bench/instructions-baseline.json
tolerance=0.10

if ! command -v valgrind >/dev/null 2>&1; then
    echo "instruction-guard: valgrind is missing (scripts/setup.sh installs it)" >&2
    exit 2
fi
binary="${SILOSCOPE_BINARY:-$(swift build -c release -Xswiftc -enable-testing --show-bin-path)/siloscope}"
if [ ! -x "$binary" ]; then
    echo "instruction-guard: $binary is not built; run make test (or swift build -c release -Xswiftc -enable-testing)" >&2
    exit 2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$binary" "$work/siloscope"
strip --strip-debug "$work/siloscope"

measure() {  # name, then the simulate arguments
    local name="$1"; shift
    valgrind --tool=callgrind --callgrind-out-file="$work/$name.out" \
        "$work/siloscope" simulate "$@" --threads 1 --seed 1 --format json >"$work/$name.json" 2>"$work/$name.log" || {
        echo "instruction-guard: $name failed under valgrind:" >&2; tail -5 "$work/$name.log" >&2; exit 2; }
    local instructions events
    instructions=$(grep -E '^summary:|^totals:' "$work/$name.out" | head -1 | awk '{print $2}')
    events=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['events'])" "$work/$name.json")
    echo "$name $instructions $events"
}

{
    measure canonical bench/canonical.yaml --runs 2 --cases 100000 --warmup 5000
    measure bank org-models/bank.yaml --runs 2 --cases 15000 --warmup 2000
} >"$work/counts"

python3 - "$work/counts" "$baseline" "$tolerance" "$update" <<'PY'
import json, sys, datetime, os
counts_path, baseline_path, tolerance, update = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4] == "true"
now = {}
for line in open(counts_path):
    name, instructions, events = line.split()
    now[name] = {"instructions": int(instructions), "events": int(events),
                 "instructions_per_event": round(int(instructions) / int(events), 1)}
if update or not os.path.exists(baseline_path):
    record = {"note": "instructions per simulated event (callgrind, whole `siloscope simulate` process, "
                      "--threads 1 --seed 1); update on purpose with scripts/instruction-guard.sh --update, "
                      "in its own commit, with the reason",
              "recorded": datetime.date.today().isoformat(), "workloads": now}
    tmp = baseline_path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(record, f, indent=2)
        f.write("\n")
    os.replace(tmp, baseline_path)
    for name, row in now.items():
        print(f"instruction-guard: baseline {name}: {row['instructions_per_event']} instructions/event "
              f"({row['instructions']:,} over {row['events']:,} events)")
    sys.exit(0)
base = json.load(open(baseline_path))["workloads"]
failed = False
for name, row in now.items():
    was = base[name]["instructions_per_event"]
    change = row["instructions_per_event"] / was - 1
    verdict = "OK" if change <= tolerance else "FAIL"
    failed |= verdict == "FAIL"
    print(f"instruction-guard: {name}: {row['instructions_per_event']} instructions/event "
          f"(baseline {was}, {change * 100:+.1f} %, limit +{tolerance * 100:.0f} %) {verdict}")
sys.exit(1 if failed else 0)
PY
