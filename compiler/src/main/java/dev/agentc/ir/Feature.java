package dev.agentc.ir;

import dev.agentc.source.Span;

/** The things a plan can ask of a target; a target says how well it can express each. */
public enum Feature {
  GPU("GPUs"),
  REGIONS("regions"),
  SPOT("spot capacity"),
  TEE("a trusted execution environment"),
  AUTOSCALING("autoscaling"),
  EVENT_SCALING("event-driven scaling (rps, queue, cron)"),
  ROLLOUT("canary and blue-green rollouts"),
  EXPOSE("public exposure"),
  RATE_LIMIT("rate limiting"),
  EGRESS("egress restrictions"),
  STORE("stores"),
  SECRET("secrets"),
  SWARM("swarms"),
  BUDGET("budgets");

  private final String description;

  Feature(String description) { this.description = description; }

  public String description() { return description; }

  /** One place a plan asks for a feature: the workload and the span of the `.agent` text. */
  public record Use(Feature feature, String workload, Span span) {}
}
