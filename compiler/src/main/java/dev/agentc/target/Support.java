package dev.agentc.target;

/** How well a target expresses a feature (TARGETS.md: ✅ mapped, ⚠ best effort, ✖ unsupported). */
public sealed interface Support {
  Mapped MAPPED = new Mapped();

  /** ✅ The artefacts enforce it. */
  record Mapped() implements Support {}

  /** ⚠ Not enforced: a warning, and the artefact carries a comment saying so. {@code hint} is the way out. */
  record BestEffort(String hint) implements Support {}

  /** ✖ A compile error naming the feature, the target and the way out ({@code hint}). */
  record Unsupported(String hint) implements Support {}
}
