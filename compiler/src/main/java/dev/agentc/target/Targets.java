package dev.agentc.target;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Features;
import dev.agentc.ir.Plan;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The feature check every target shares. */
public final class Targets {
  private Targets() {}

  /** A ✖ error or ⚠ warning for each place the plan asks for a feature the target cannot express. */
  public static List<Diagnostic> features(Target target, Plan plan) {
    // Only a feature the target does not map can be reported: one that maps them all (Kubernetes) needs no look at the plan.
    Set<Feature> unmapped = EnumSet.noneOf(Feature.class);
    for (Feature f : Feature.values()) {
      if (!(target.support(f) instanceof Support.Mapped)) unmapped.add(f);
    }
    if (unmapped.isEmpty()) return List.of();
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Feature.Use use : Features.uses(plan)) {
      if (!unmapped.contains(use.feature()) || !seen.add(use.feature() + "@" + use.span())) continue;
      switch (target.support(use.feature())) {
        case Support.Mapped m -> { }
        case Support.BestEffort b -> out.add(Diagnostic.of(Code.W0501, use.span(), target.name(), use.feature().description())
            .hint(b.hint()).build());
        case Support.Unsupported u -> out.add(Diagnostic.of(Code.E0501, use.span(), target.name(), use.feature().description())
            .label(plan.span(), "deploy `" + plan.name() + "` builds for " + target.name()).hint(u.hint()).build());
      }
    }
    return out;
  }

  /** The uses of features this target only does its best with, for the comments in its artefacts. */
  public static List<Feature.Use> bestEffort(Target target, Plan plan) {
    return Features.uses(plan).stream().filter(u -> target.support(u.feature()) instanceof Support.BestEffort).toList();
  }
}
