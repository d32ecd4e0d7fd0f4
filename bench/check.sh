#!/usr/bin/env bash
# Benchmark of `agentc check` (issue "Language core"): cold CLI runs on generated projects of
# N agents (bench/generate.py) and on the LANGUAGE.md §7 example (examples/customer-service).
# Prints wall time and peak memory of the process, and the compiler's own time after the JVM
# started (`--timings`). Run on purpose: bash bench/check.sh [N ...]   (default: 1000 10000)
#
# On a machine shared with other work the figures move with the neighbours' load from one second
# to the next, so each project runs RUNS times (default 9) and the range of the compiler's time is
# printed beside the medians.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[[ $# -gt 0 ]] || sizes=(1000 10000)
runs="${RUNS:-9}"
./agentc --version >/dev/null   # builds the CLI (and its class archive) once, outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs `agentc check --timings PATH` $runs times; prints the medians, and the range of the compiler's time.
measure() {
  local path="$1" i
  : >"$work/runs"
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" ./agentc check --timings "$path" >/dev/null 2>"$work/stderr" \
      || { cat "$work/stderr" >&2; exit 1; }
    local s kb compiler
    read -r s kb <"$work/time"
    compiler="$(sed -n 's/^timings:.*; compiler \([0-9.]*\) ms.*/\1/p' "$work/stderr")"
    echo "$s $kb $compiler" >>"$work/runs"
  done
  python3 - "$work/runs" <<'PY'
import statistics, sys
runs = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
wall, kb, compiler = (statistics.median(r[k] for r in runs) for k in range(3))
print(f"median of {len(runs)} runs: {wall:.2f} s wall, {kb / 1024:.0f} MiB peak, compiler {compiler:.0f} ms "
      f"(range {min(r[2] for r in runs):.0f}–{max(r[2] for r in runs):.0f} ms)")
PY
}

echo "== LANGUAGE.md §7 example (examples/customer-service)"
measure examples/customer-service
for n in "${sizes[@]}"; do
  python3 bench/generate.py "$n" "$work/fleet-$n" >/dev/null
  echo "== $n agents"
  measure "$work/fleet-$n"
done
