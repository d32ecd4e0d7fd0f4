package dev.agentc.apply;

import dev.agentc.ir.Plan;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One deploy built for one target, ready to provision.
 *
 * @param files the target's artefacts, by path relative to {@code outDir}
 * @param outDir where {@code files} were written (tools such as `docker compose` read them there)
 * @param stateDir `.agentc/state` of the project, for targets that keep state of what they published
 */
public record Deployment(Plan plan, String target, SortedMap<String, byte[]> files, Path outDir, Path stateDir) {
  public Deployment {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** "deploy `shop` (kubernetes)", for messages. */
  public String describe() { return "deploy `" + plan.name() + "` (" + target + ")"; }
}
