#!/usr/bin/env bash
# Benchmark of the language server (lsp/src/test/java/dev/agentc/lsp/LspBenchmark.java): a
# generated 50-file project with a 5,000-line file; prints didChange -> publishDiagnostics,
# completion and hover p50/p95 over 200 requests, and resident memory. Run on purpose: bash bench/lsp.sh
# Needs a JDK >= 21: JAVA (or JAVA_HOME/bin/java), else `java` on the PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -pl lsp -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
# the JVM flags of `agentc lsp` (see the launcher)
"$java" -XX:+UseSerialGC -cp "lsp/target/test-classes:lsp/target/classes:$(cat lsp/target/bench.classpath)" dev.agentc.lsp.LspBenchmark
