#!/usr/bin/env bash
# Siloscope's engine against the compiled C loop, SimPy and ciw on the canonical complaint
# network, in one run on one machine, so the ratios are comparable. Usage:
#   scripts/bench-peers.sh [--cases N] [--python-cases P] [--warmup W] [--seed S] [--runs K]
#                          [--simulate-cases M] [--scaling-cases L]
# Each simulator runs K times (default 3) single-threaded on N measured cases (SimPy and
# ciw on P, default N: a million cases take them minutes; the rate per core is comparable);
# the table shows the median events/s per core and the ratio to canonical_c (the physical
# limit, compiled with cc -O2 from ../shared/peers/ into .build/peers/). Then the whole
# `siloscope simulate bench/canonical.yaml --runs 2 --cases M --threads 1` process (load,
# validation, both worlds, statistics, output; M = 1,000,000 by default) in complaints/s
# of the actual world against canonical_c's complaints/s, and the same command on 2
# threads against 1; the engine's own scaling (the same 8 replications of L/4 cases, L
# = 2,000,000 by default, on 2 threads against 1 thread) too. The peers live in a venv outside
# the repository ($SILOSCOPE_PEERS_VENV, default $HOME/.cache/siloscope-peers), created
# with `pip install simpy ciw` when missing.
set -euo pipefail

cases=200000
warmup=20000
seed=1
runs=3
simulate_cases=1000000
scaling_cases=2000000
python_cases=""
while [ $# -gt 0 ]; do
    case "$1" in
        --cases) cases="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --simulate-cases) simulate_cases="$2"; shift 2 ;;
        --scaling-cases) scaling_cases="$2"; shift 2 ;;
        --python-cases) python_cases="$2"; shift 2 ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
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
# $SILOSCOPE_BENCH_BIN: a folder with both binaries already built (skips the build).
if [ -n "${SILOSCOPE_BENCH_BIN:-}" ]; then
    bin="$SILOSCOPE_BENCH_BIN"
else
    echo "bench-peers: building the engine benchmark and the CLI (release, .build-bench)" >&2
    (cd "$root" && swift build -c release --scratch-path .build-bench --product SiloscopeBench >/dev/null)
    (cd "$root" && swift build -c release --scratch-path .build-bench --product siloscope >/dev/null)
    bin="$(cd "$root" && swift build -c release --scratch-path .build-bench --show-bin-path)"
fi
bench="$bin/SiloscopeBench"
siloscope="$bin/siloscope"
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
    "$bench" engine --cases "$cases" --warmup "$warmup" --seed "$seed" --json --no-quantiles >>"$out"
    # The engine's scaling across cores: the same 8 replications on 1 thread and on 2, each
    # long enough (--scaling-cases / 4, default 500,000 cases) that starting threads does
    # not weigh, and several per thread, so that a core slower than the other (common on
    # a virtual machine) takes fewer of them, as it does in `simulate --runs 30`.
    "$bench" engine --cases "$((scaling_cases / 4))" --warmup "$warmup" --seed "$seed" --json --replications 8 --threads 1 \
        | sed 's/"sim": "siloscope"/"sim": "siloscope1long"/' >>"$out"
    "$bench" engine --cases "$((scaling_cases / 4))" --warmup "$warmup" --seed "$seed" --json --replications 8 --threads 2 \
        | sed 's/"sim": "siloscope"/"sim": "siloscope2threads"/' >>"$out"
    "$cpeer" "$peers/canonical.json" "$cases" "$seed" "$warmup" >>"$out"
    "$venv/bin/python" "$peers/simpy_bench.py" "$peers/canonical.json" "${python_cases:-$cases}" "$seed" "$warmup" >>"$out"
    "$venv/bin/python" "$peers/ciw_bench.py" "$peers/canonical.json" "${python_cases:-$cases}" "$seed" "$warmup" >>"$out"
done

# The whole command, one thread then two, each timed around the process; canonical_c on
# the same number of complaints right before, for the complaints/s ratio.
simulate() {  # threads
    local start end
    start=$(date +%s.%N)
    "$siloscope" simulate "$root/bench/canonical.yaml" --runs 2 --cases "$simulate_cases" --warmup 20000 \
        --seed "$seed" --threads "$1" --format json >"$out.sim"
    end=$(date +%s.%N)
    python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print(json.dumps({'sim': 'simulate-t' + sys.argv[2], 'complaints': d['runs'] * (d['cases_per_run'] + d['warmup_cases']), 'events': d['events'], 'wall_s': float(sys.argv[3]) - float(sys.argv[4])}))" \
        "$out.sim" "$1" "$end" "$start" >>"$out"
}
for ((i = 1; i <= runs; i++)); do
    echo "bench-peers: whole process, run $i/$runs (2 × $simulate_cases complaints)" >&2
    "$cpeer" "$peers/canonical.json" "$((2 * simulate_cases))" "$seed" 40000 | sed 's/"c-reference"/"cwhole-reference"/' >>"$out"
    simulate 1
    simulate 2
done
rm -f "$out.sim"

python3 - "$out" "$cases" "$runs" "$simulate_cases" <<'PY'
import json, statistics, sys
path, cases, runs, simulate_cases = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
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
complaint_rate = {n: statistics.median(r["complaints"] / r["wall_s"] for r in rs) for n, rs in rows.items()}
print(f"canonical network, {cases} measured cases (SimPy and ciw: see their events), {runs} run(s) each, one core each, median")
print(f"{'simulator':<16}{'events':>12}{'wall s':>10}{'events/s/core':>16}{'mean sojourn':>14}{'vs exact':>10}")
for name in ("siloscope", "siloscopemeans", "c", "simpy", "ciw"):
    if name not in rows:
        continue
    soj = median(name, "mean_sojourn")
    print(f"{rows[name][0]['sim']:<16}{int(median(name, 'events')):>12}{median(name, 'wall_s'):>10.3f}"
          f"{rate[name]:>16,.0f}{soj:>14.3f}{(soj / 19.283358547738 - 1) * 100:>9.2f}%")
if "siloscope" in rate and "c" in rate:
    print(f"engine alone / canonical_c (the physical limit): {rate['siloscope'] / rate['c']:.2f}x events/s per core (target 0.9x)")
    if "siloscopemeans" in rate:
        print(f"engine alone with canonical_c's statistics (means, no quantile sketches) / canonical_c: "
              f"{rate['siloscopemeans'] / rate['c']:.2f}x")
    for peer in ("simpy", "ciw"):
        if peer in rate:
            print(f"{peer} / canonical_c: {rate[peer] / rate['c']:.4f}x events/s per core")
if "siloscope" in rate:
    for peer in ("simpy", "ciw"):
        if peer in rate:
            print(f"Siloscope / {peer}: {rate['siloscope'] / rate[peer]:.0f}x events/s per core")
if "siloscope" in rows:
    print(f"Siloscope peak RSS: {max(r['peak_rss_mb'] for r in rows['siloscope']):.1f} MB")
if "siloscope2threads" in rate and "siloscope1long" in rate:
    print(f"engine, 8 replications on 2 threads / on 1 thread ({rows['siloscope1long'][0]['measured'] // 8:,} cases each): "
          f"{rate['siloscope2threads'] / rate['siloscope1long']:.2f}x events/s (target >= 1.8x)")
if "simulate" in rows and "cwhole" in rows:
    c = complaint_rate["cwhole"]
    wall1 = statistics.median(r["wall_s"] for r in rows["simulate"] if r["sim"] == "simulate-t1")
    wall2 = statistics.median(r["wall_s"] for r in rows["simulate"] if r["sim"] == "simulate-t2")
    one = statistics.median(r["complaints"] / r["wall_s"] for r in rows["simulate"] if r["sim"] == "simulate-t1")
    print(f"whole process, siloscope simulate bench/canonical.yaml --runs 2 --cases {simulate_cases} (both worlds):")
    print(f"  --threads 1: {wall1:.3f} s, {one:,.0f} complaints/s of the actual world; canonical_c on as many "
          f"complaints: {c:,.0f}/s; ratio {one / c:.2f}x (target 0.5x)")
    print(f"  --threads 2: {wall2:.3f} s; 2 threads / 1 thread: {wall1 / wall2:.2f}x (target >= 1.8x)")
PY
