package dev.agentc.target.aleph;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Gpu;
import dev.agentc.ir.Memory;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Storage;
import dev.agentc.ir.Tee;
import dev.agentc.ir.Workload;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks particular to Aleph, beyond its feature table: which TEE (AMD SEV only, never with a
 * GPU, from the deploy's own encrypted image), secrets outside a confidential VM (variables are
 * public), regions without a node, GPUs the catalog cannot place, and the network's limits.
 */
final class AlephChecks {
  private final Plan plan;
  private final Settings.Aleph aleph;
  private final List<Diagnostic> out = new ArrayList<>();
  private final Set<String> reportedRegions = new HashSet<>();
  private boolean reportedRootfs;

  private AlephChecks(Plan plan, Settings.Aleph aleph) {
    this.plan = plan;
    this.aleph = aleph;
  }

  static List<Diagnostic> check(Plan plan, Settings.Aleph aleph) {
    AlephChecks c = new AlephChecks(plan, aleph);
    if (aleph.channel().map(String::length).orElse(0) > AlephLimits.MAX_CHANNEL) {
      c.out.add(Diagnostic.of(Code.E0509, aleph.span(), "the channel is " + aleph.channel().get().length() + " characters, and Aleph takes at most "
          + AlephLimits.MAX_CHANNEL).hint("choose a shorter `channel`").build());
    }
    for (Workload w : plan.workloads()) {
      c.tee(w);
      c.secrets(w);
      c.regions(w);
      c.gpu(w);
      c.size(w);
      c.variables(w);
    }
    return List.copyOf(c.out);
  }

  /** Whether Aleph can provide {@code tee}: the catalog lists the targets that can (std.tee: only `sev`). */
  private static boolean onAleph(Tee tee) { return tee.targets().contains("aleph"); }

  private static String who(Workload w, Tee tee) {
    return tee.inheritedFrom().map(a -> "the model server `" + w.name() + "` runs in `" + tee.name() + "` for `" + a + "`")
        .orElse("`" + w.name() + "` runs in `" + tee.name() + "`");
  }

  private void tee(Workload w) {
    if (w.tee().isEmpty()) return;
    Tee tee = w.tee().get();
    if (!onAleph(tee)) {
      out.add(Diagnostic.of(Code.E0505, tee.span(), who(w, tee) + ", and Aleph's confidential VMs are AMD SEV only (aleph.md §3.6)")
          .label(plan.span(), "deploy `" + plan.name() + "` builds for aleph")
          .hint("use `tee = sev` for this deploy (an `override` can), or deploy it to a Kubernetes cluster that offers `" + tee.name() + "`").build());
      return;
    }
    if (w.resources().gpu().isPresent()) {
      out.add(Diagnostic.of(Code.E0505, w.resources().gpu().get().span(), who(w, tee) + " and asks for a GPU, and Aleph has no GPU in a confidential VM")
          .label(tee.span(), "the TEE is asked for here")
          .hint("run the GPU work outside the enclave, or drop the TEE for this deploy with an `override`").build());
    }
    if (aleph.rootfs().isEmpty() && !reportedRootfs) {
      reportedRootfs = true;
      out.add(Diagnostic.of(Code.E0511, tee.span(), who(w, tee) + ", and an Aleph confidential VM boots only from its owner's encrypted image "
              + "(aleph.md §3.6)")
          .label(aleph.span(), "the deploy's `aleph` block")
          .hint("set `rootfs = \"<STORE hash of your encrypted image>\"` in the deploy's `aleph` block").build());
    }
  }

  private void secrets(Workload w) {
    if (w.tee().isPresent()) return;
    for (EnvVar e : w.container().env()) {
      if (!(e.value() instanceof EnvVar.Value.Secret s)) continue;
      String hint = switch (w.role()) {
        case STORE -> "a `" + w.storage().map(Storage::engine).orElse("") + "` store needs this secret and cannot run in a confidential VM: use "
            + "another engine for this deploy, or run the store outside Aleph";
        case ROUTER -> "route this swarm with a self-hosted model (`intent(<model with weights>)`) or `round_robin`, whose router needs no key";
        default -> "put the agent in `tee = sev` (a confidential VM, where the secret is injected at apply), or drop the secret for this "
            + "deploy with an `override`";
      };
      out.add(Diagnostic.of(Code.E0508, e.span().isNone() ? w.span() : e.span(), "`" + w.name() + "` would put the secret `" + s.key()
              + "` (`" + e.name() + "`) into its Aleph instance's variables, which anyone can read on-chain")
          .label(plan.span(), "deploy `" + plan.name() + "` builds for aleph").hint(hint).build());
    }
  }

  private void regions(Workload w) {
    List<Placement.Region> regions = Placements.regions(plan, w);
    for (Placement.Region r : regions) {
      if (Placements.node(aleph, r).isPresent() || !reportedRegions.add(r.id() + "@" + r.span())) continue;
      out.add(Diagnostic.of(Code.E0507, r.span(), "`" + w.name() + "` runs in `" + r.name() + "`, but the deploy's `aleph` block maps no node to it")
          .label(aleph.span(), "nodes are mapped here")
          .hint("add `" + r.name() + " = \"<CRN node hash>\"` to `aleph { nodes { … } }`, or drop the region (an `override` can)").build());
    }
    boolean pinned = w.resources().gpu().isPresent() || w.tee().isPresent();
    if (regions.isEmpty() && aleph.nodes().isEmpty() && pinned) {
      Span at = w.resources().gpu().map(Resources.GpuRequest::span).or(() -> w.tee().map(Tee::span)).orElse(w.span());
      out.add(Diagnostic.of(Code.E0507, at, "`" + w.name() + "` needs a pinned CRN for its " + (w.tee().isPresent() ? "confidential VM" : "GPU")
              + " (aleph.md §3.6), and the deploy's `aleph` block maps no node")
          .label(aleph.span(), "the deploy's `aleph` block")
          .hint("add `nodes { <region> = \"<CRN node hash>\" }` to the `aleph` block, and give the agent that `regions`").build());
    }
  }

  private void gpu(Workload w) {
    if (w.resources().gpu().isEmpty()) return;
    Resources.GpuRequest request = w.resources().gpu().get();
    Gpu gpu = request.gpu();
    List<String> missing = GpuDevices.missing(gpu);
    if (missing.isEmpty()) return;
    String why = gpu.aleph().containsKey("model")
        ? "the catalog names Aleph's `" + gpu.aleph().get("model") + "` but not its device (" + String.join(", ", missing) + ")"
        : "the catalog has no Aleph device for it";
    out.add(Diagnostic.of(Code.E0501, request.span(), "aleph", "`" + gpu.name() + "` GPUs: " + why)
        .label(plan.span(), "deploy `" + plan.name() + "` builds for aleph")
        .hint("use a GPU whose catalog entry has `aleph { vendor  device_name  device_class  device_id }` (std `L40S`), or declare one with "
            + "those fields copied from the pinned CRN's `compatible_available_gpus`").build());
  }

  private void size(Workload w) {
    Resources r = w.resources();
    Sizing size = Sizing.of(w);
    Span gpuOrName = r.gpu().map(Resources.GpuRequest::span).orElse(w.span());
    if (size.vcpus() > AlephLimits.MAX_VCPUS) {
      limit(r.cpu().map(c -> c.span()).orElse(gpuOrName), w, size.vcpus() + " vCPUs", AlephLimits.MAX_VCPUS + " (aleph.md §3.2)", "lower `cpu`");
    }
    if (size.memoryMib() > AlephLimits.MAX_MEMORY_MIB) {
      limit(r.memory().map(Memory::span).orElse(gpuOrName), w, size.memoryMib() + " MiB of memory", AlephLimits.MAX_MEMORY_MIB + " MiB (aleph.md §3.2)",
          "lower `memory`");
    }
    if (size.diskMib() > AlephLimits.MAX_DISK_MIB) {
      limit(r.ephemeral().map(Memory::span).orElse(w.span()), w, size.diskMib() + " MiB of disk", AlephLimits.MAX_DISK_MIB + " MiB (aleph.md §3.4)",
          "lower `ephemeral`");
    }
    w.storage().filter(s -> StoreVolume.sizeMib(s) > AlephLimits.MAX_DISK_MIB).ifPresent(s -> limit(s.size().map(Memory::span).orElse(w.span()), w,
        StoreVolume.sizeMib(s) + " MiB of storage", AlephLimits.MAX_DISK_MIB + " MiB per volume (aleph.md §3.4)", "lower the store's `size`"));
  }

  private void limit(Span at, Workload w, String asked, String max, String hint) {
    out.add(Diagnostic.of(Code.E0509, at, "`" + w.name() + "` asks for " + asked + " per instance, and an Aleph instance has at most " + max)
        .label(plan.span(), "deploy `" + plan.name() + "` builds for aleph").hint(hint + ", or deploy this workload elsewhere").build());
  }

  /** §3.1: at most 256 variables, names of at most 128 and values of at most 4096 characters. */
  private void variables(Workload w) {
    Map<String, String> vars = Variables.of(plan, w, "");
    if (vars.size() > AlephLimits.MAX_VARIABLES) {
      out.add(Diagnostic.of(Code.E0509, w.span(), "`" + w.name() + "` would have " + vars.size() + " instance variables, and Aleph takes at most "
          + AlephLimits.MAX_VARIABLES + " (aleph.md §3.1)").hint("trim its `env`").build());
    }
    for (EnvVar e : w.container().env()) {
      Optional<String> value = Optional.ofNullable(vars.get(e.name()));
      if (e.name().length() <= AlephLimits.MAX_VARIABLE_NAME && value.map(String::length).orElse(0) <= AlephLimits.MAX_VARIABLE_VALUE) continue;
      out.add(Diagnostic.of(Code.E0509, e.span().isNone() ? w.span() : e.span(), "the variable `" + e.name() + "` of `" + w.name()
              + "` is too long for Aleph: names take at most " + AlephLimits.MAX_VARIABLE_NAME + " characters and values "
              + AlephLimits.MAX_VARIABLE_VALUE + " (aleph.md §3.1)")
          .hint("shorten it, or have the agent read the value from elsewhere").build());
    }
  }
}
