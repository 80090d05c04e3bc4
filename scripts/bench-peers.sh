#!/usr/bin/env bash
# Siloscope's engine against SimPy and ciw on the canonical complaint network, in one run
# on one machine, so the ratios are comparable. Usage:
#   scripts/bench-peers.sh [--cases N] [--warmup W] [--seed S] [--runs K]
# Each simulator runs K times (default 3) single-threaded on the same N measured cases;
# the table shows the median events/s per core and Siloscope's ratio to each peer.
# The peers live in a venv outside the repository ($SILOSCOPE_PEERS_VENV, default
# $HOME/.cache/siloscope-peers), created with `pip install simpy ciw` when missing.
set -euo pipefail

cases=200000
warmup=20000
seed=1
runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --cases) cases="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "bench-peers: unknown option $1" >&2; exit 2 ;;
    esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$root/../shared" 2>/dev/null && pwd || true)"
peers="$shared/peers"
if [ -z "$shared" ] || [ ! -f "$peers/canonical.json" ]; then
    echo "bench-peers: shared/peers/ not found beside the repository ($root/../shared)" >&2
    exit 1
fi

venv="${SILOSCOPE_PEERS_VENV:-$HOME/.cache/siloscope-peers}"
if ! "$venv/bin/python" -c "import simpy, ciw" >/dev/null 2>&1; then
    echo "bench-peers: setting up SimPy and ciw in $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check simpy ciw
fi

# Its own build folder: the tests build with -enable-testing, which would force a full
# rebuild each time the two alternate in one folder.
echo "bench-peers: building the engine benchmark (release, .build-bench)" >&2
(cd "$root" && swift build -c release --scratch-path .build-bench --product SiloscopeBench >/dev/null)
bench="$(cd "$root" && swift build -c release --scratch-path .build-bench --show-bin-path)/SiloscopeBench"
# The compiled physical-limit peer, built from shared/peers/ into the build folder (never
# copied into the repository).
cpeer="$root/.build/peers/canonical_c"
mkdir -p "$(dirname "$cpeer")"
if [ ! -x "$cpeer" ] || [ "$peers/canonical_c.c" -nt "$cpeer" ]; then
    echo "bench-peers: compiling canonical_c (cc -O2)" >&2
    cc -O2 -o "$cpeer" "$peers/canonical_c.c" -lm
fi

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
for ((i = 1; i <= runs; i++)); do
    echo "bench-peers: run $i/$runs ($cases cases, seed $seed)" >&2
    "$bench" engine --cases "$cases" --warmup "$warmup" --seed "$seed" --json >>"$out"
    "$cpeer" "$peers/canonical.json" "$cases" "$seed" "$warmup" >>"$out"
    "$venv/bin/python" "$peers/simpy_bench.py" "$peers/canonical.json" "$cases" "$seed" "$warmup" >>"$out"
    "$venv/bin/python" "$peers/ciw_bench.py" "$peers/canonical.json" "$cases" "$seed" "$warmup" >>"$out"
done

python3 - "$out" "$cases" "$runs" <<'PY'
import json, statistics, sys
path, cases, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rows = {}
for line in open(path):
    line = line.strip()
    if not line.startswith("{"):
        continue
    r = json.loads(line)
    name = r["sim"].split("-")[0]
    rows.setdefault(name, []).append(r)
def median(name, key):
    return statistics.median(r[key] for r in rows[name])
rate = {n: statistics.median(r["events"] / r["wall_s"] for r in rs) for n, rs in rows.items()}
print(f"canonical network, {cases} measured cases, {runs} run(s) each, one core each, median")
print(f"{'simulator':<12}{'events':>12}{'wall s':>10}{'events/s/core':>16}{'mean sojourn':>14}{'vs exact':>10}")
for name in ("siloscope", "c", "simpy", "ciw"):
    if name not in rows:
        continue
    soj = median(name, "mean_sojourn")
    print(f"{rows[name][0]['sim']:<12}{int(median(name, 'events')):>12}{median(name, 'wall_s'):>10.3f}"
          f"{rate[name]:>16,.0f}{soj:>14.3f}{(soj / 19.283358547738 - 1) * 100:>9.2f}%")
if "siloscope" in rate and "c" in rate:
    print(f"Siloscope / canonical_c (the physical limit): {rate['siloscope'] / rate['c']:.2f}x events/s per core")
if "siloscope" in rate:
    for peer in ("simpy", "ciw"):
        if peer in rate:
            print(f"Siloscope / {peer}: {rate['siloscope'] / rate[peer]:.0f}x events/s per core")
if "siloscope" in rows:
    print(f"Siloscope peak RSS: {max(r['peak_rss_mb'] for r in rows['siloscope']):.1f} MB")
PY
