#!/usr/bin/env bash
# How much of a cold `agentc build --target kubernetes` is the JVM warming up: builds N generated
# agents ROUNDS times in one JVM (bench/InProcess.java, in memory), once with the quick compiler
# alone as `./agentc` runs, once with the optimising compiler too, and prints the first round and
# the warm rounds' median of each. Compare with bench/build.sh, which times cold CLI runs.
# Run on purpose: bash bench/inprocess.sh [N] [ROUNDS]   (default: 10000 10)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-10000}"
rounds="${2:-10}"
./agentc --version >/dev/null   # builds the CLI once; its jar's manifest lists the libraries
jar=""
for j in cli/target/cli-*.jar; do [[ "$j" != *-sources.jar && "$j" != *-tests.jar ]] && jar="$j"; done
# the JDK the launcher runs, found by the launcher's own functions (from `jdk_major()` to the call of `find_jdk`)
eval "$(sed -n '/^jdk_major()/,/^find_jdk$/p' agentc)"
java="$JDK/bin/java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/generate.py "$n" "$work/fleet" >/dev/null
echo "== $n agents, $rounds rounds in one JVM, quick compiler only (as ./agentc runs)"
"$java" -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx2g -cp "$jar" bench/InProcess.java "$work/fleet" "$rounds"
echo "== the same with the optimising compiler"
"$java" -XX:+UseParallelGC -Xmx2g -cp "$jar" bench/InProcess.java "$work/fleet" "$rounds"
