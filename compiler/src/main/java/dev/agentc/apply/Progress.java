package dev.agentc.apply;

/** Where a provisioner tells what it is doing while it works (waiting for readiness, polling a message). */
@FunctionalInterface
public interface Progress {
  Progress SILENT = line -> { };

  void step(String line);
}
