#!/usr/bin/env bash
# Benchmark of the language server (lsp/src/test/java/dev/agentc/lsp/LspBenchmark.java): a
# generated 50-file project with a 5,000-line file; prints didChange -> publishDiagnostics,
# completion and hover p50/p95 over 200 requests, and resident memory. Run on purpose: bash bench/lsp.sh
# Needs a JDK >= 21: JAVA (or JAVA_HOME/bin/java), else `java` on the PATH.
# AGENTC_LSP_JVM replaces the JVM flags, to compare others: AGENTC_LSP_JVM='-XX:+UseZGC' bash bench/lsp.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The JVM flags of `agentc lsp`: keep them in step with the launcher (./agentc).
read -ra jvm <<< "${AGENTC_LSP_JVM:--XX:+UseParallelGC -Xmx512m}"
mvn -B -q -pl lsp -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
echo "$("$java" -version 2>&1 | head -1); JVM flags: ${jvm[*]}"
"$java" "${jvm[@]}" -cp "lsp/target/test-classes:lsp/target/classes:$(cat lsp/target/bench.classpath)" dev.agentc.lsp.LspBenchmark
