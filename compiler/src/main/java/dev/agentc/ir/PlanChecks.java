package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.Entity;
import java.util.Collection;
import java.util.List;

/** Checks that need the whole plan: TEE and GPU combinations, and egress the network can enforce. */
final class PlanChecks {
  private final Settings settings;
  private final Diagnostics diags;

  PlanChecks(Settings settings, Diagnostics diags) {
    this.settings = settings;
    this.diags = diags;
  }

  void check(Collection<Workload> workloads, List<Entity> policies) {
    for (Workload w : workloads) {
      teeWithGpu(w);
      egress(w, policies);
    }
  }

  /** TARGETS.md: no platform offers a TEE with a GPU unless the TEE can host one and the GPU has a confidential mode. */
  private void teeWithGpu(Workload w) {
    if (w.tee().isEmpty() || w.resources().gpu().isEmpty()) return;
    Tee tee = w.tee().get();
    Resources.GpuRequest gpu = w.resources().gpu().get();
    String who = tee.inheritedFrom().map(a -> "the model server `" + w.name() + "` runs in `" + tee.name() + "` for `" + a + "`")
        .orElse("`" + w.name() + "` runs in `" + tee.name() + "`");
    if (!tee.gpu()) {
      diags.add(Diagnostic.of(Code.E0505, gpu.span(), who + ", which cannot host a GPU").label(tee.span(), "the TEE is asked for here")
          .hint("use `sev_snp` or `tdx` with a Hopper or newer GPU, or run the GPU work outside the enclave"));
    } else if (!gpu.gpu().confidential()) {
      diags.add(Diagnostic.of(Code.E0505, gpu.span(), who + ", but `" + gpu.gpu().name() + "` (" + gpu.gpu().architecture()
              + ") has no confidential-computing mode").label(tee.span(), "the TEE is asked for here")
          .hint("confidential GPU computing needs Hopper or newer: use `H100_80GB`, `H200` or `B200`"));
    }
  }

  /** Core NetworkPolicy cannot name hosts, so a `tools_only` policy needs Cilium. */
  private void egress(Workload w, List<Entity> policies) {
    if (!w.egress().restricted() || w.egress().hosts().isEmpty()) return;
    settings.kubernetes().filter(k -> k.network().equals("standard")).ifPresent(k -> {
      Egress.Host host = w.egress().hosts().get(0);
      var d = Diagnostic.of(Code.E0506, host.span(), "`" + w.name() + "` may only reach the hosts of its tools and models (" + host.host()
          + " for " + host.origin() + "), and a standard NetworkPolicy cannot name hosts")
          .hint("set `network = cilium` in the deploy's `kubernetes` block, or give the deploy a policy with `egress = any`");
      policies.stream().findFirst().ifPresent(p -> d.label(p.nameSpan(), "this policy restricts egress to tools"));
      diags.add(d);
    });
  }
}
