#!/usr/bin/env bash
# Benchmark of `agentc check` (issue "Language core"): cold CLI runs on generated projects of
# N agents (bench/generate.py) and on the LANGUAGE.md §7 example (examples/customer-service).
# Prints wall time and peak memory of the process, and the compiler's own time after the JVM
# started (`--timings`). Run on purpose: bash bench/check.sh [N ...]   (default: 1000 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("$@")
[[ $# -gt 0 ]] || sizes=(1000 10000)
runs=5
./agentc --version >/dev/null   # builds the CLI (and its class archive) once, outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs `agentc check --timings PATH` $runs times; prints the run with the median wall time.
measure() {
  local path="$1" i
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f "%e %M" -o "$work/time" ./agentc check --timings "$path" >/dev/null 2>"$work/stderr" \
      || { cat "$work/stderr" >&2; exit 1; }
    read -r s kb <"$work/time"
    echo "$s s wall, $((kb / 1024)) MiB peak | $(grep '^timings:' "$work/stderr")"
  done | sort -n | sed -n "$(((runs + 1) / 2))p"
}

echo "== LANGUAGE.md §7 example (examples/customer-service), median of $runs"
measure examples/customer-service
for n in "${sizes[@]}"; do
  python3 bench/generate.py "$n" "$work/fleet-$n" >/dev/null
  echo "== $n agents, median of $runs"
  measure "$work/fleet-$n"
done
