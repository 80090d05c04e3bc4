#!/usr/bin/env bash
# The main job on a bundled example: validate, simulate, assess, recommend, render,
# compare scenarios, price the business case and write the workshop report. Usage: scripts/demo.sh MODEL OUTDIR
set -euo pipefail
model="${1:-org-models/bank.yaml}"
out="${2:-out}"
bin=".build/release/siloscope"
name="$(basename "${model%.*}")"
mkdir -p "$out"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
has() { "$bin" --help | grep -qE "^  $1( |$)"; }

step "validate $model"
"$bin" validate "$model"

step "simulate (30 runs, seed 7)"
"$bin" simulate "$model" --runs 30 --seed 7 | tee "$out/$name-simulation.txt"
"$bin" simulate "$model" --runs 30 --seed 7 --format json -o "$out/$name-simulation.json"

step "assess"
"$bin" assess "$model" --brief | tee "$out/$name-assessment.txt"

step "recommend where the CRM team should sit"
"$bin" recommend "$model" | tee "$out/$name-recommendation.txt"

step "render"
for format in svg png pdf; do
  "$bin" render "$model" --view org -o "$out/$name-org.$format"
done
"$bin" render "$model" --view handoffs -o "$out/$name-handoffs.svg"

scenarios=()
for s in scenarios/"$name"-*.yaml; do [ -e "$s" ] && scenarios+=(--scenario "$s"); done
if [ ${#scenarios[@]} -gt 0 ] && has compare; then
  step "compare scenarios"
  "$bin" compare "$model" "${scenarios[@]:0:6}" | tee "$out/$name-compare.txt"
fi
if has cost; then
  step "the business case in money"
  "$bin" cost "$model" "${scenarios[@]:0:6}" | tee "$out/$name-cost.txt"
  "$bin" cost "$model" "${scenarios[@]:0:6}" --lang tr --format markdown -o "$out/$name-cost.tr.md"
fi
if has report; then
  step "workshop report"
  "$bin" report "$model" "${scenarios[@]:0:6}" -o "$out/$name-report.html"
fi

step "done"
echo "Outputs in $out/:"
ls -1 "$out" | sed "s|^|  $out/|"
