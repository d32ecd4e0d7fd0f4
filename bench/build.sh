#!/usr/bin/env bash
# Benchmark of `agentc build --target kubernetes` against `pkl eval` producing the equivalent
# Deployment + Service + HPA YAML (bench/pkl/fleet.pkl), cold, one run each per size, same machine.
# Prints wall time (s) and peak memory (MiB) of each. Run on purpose: bash bench/build.sh [N ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sizes=("${@:-1000 10000}")
[[ $# -gt 0 ]] || sizes=(1000 10000)
PKL_VERSION=0.27.2
pkl_jar="$HOME/.m2/repository/org/pkl-lang/pkl-cli-java/$PKL_VERSION/pkl-cli-java-$PKL_VERSION.jar"
[[ -f "$pkl_jar" ]] || mvn -q dependency:get -Dartifact="org.pkl-lang:pkl-cli-java:$PKL_VERSION" >/dev/null
./agentc build --help >/dev/null   # builds the CLI and its class archive for `build` once, outside the timings
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
measure() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }; read -r s kb <"$work/time"; echo "$s s, $((kb / 1024)) MiB"; }
for n in "${sizes[@]}"; do
  python3 bench/generate.py "$n" "$work/fleet-$n" >/dev/null
  echo "== $n agents"
  echo "agentc build --target kubernetes: $(measure ./agentc build "$work/fleet-$n" --target kubernetes -o "$work/out-$n")"
  echo "pkl eval (Deployment+Service+HPA): $(measure java -jar "$pkl_jar" eval -p agents="$n" -o "$work/pkl-$n.yaml" bench/pkl/fleet.pkl)"
done
