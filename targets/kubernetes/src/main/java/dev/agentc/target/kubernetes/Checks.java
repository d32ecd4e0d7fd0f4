package dev.agentc.target.kubernetes;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.CloudProfile;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Role;
import dev.agentc.ir.Rollout;
import dev.agentc.ir.Scaling;
import dev.agentc.ir.Scaling.Trigger;
import dev.agentc.ir.Tee;
import dev.agentc.ir.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a particular plan asks that its Kubernetes settings cannot give: a GPU or region the cloud
 * does not name, a TEE the cloud does not offer, a setting a feature needs (Prometheus for rps
 * triggers, a gateway for `expose`, Argo Rollouts for canaries), and shapes KEDA, the HPA or Argo
 * cannot take. Each diagnostic points at the text that asked; a fact a model server inherited is
 * reported once, at its user's line.
 */
final class Checks {
  private final Deploy deploy;
  private final CloudProfile cloud;
  private final Rollouts rollouts;
  /** Diagnostics by code, span and message, so inherited facts are reported once. */
  private final Map<String, Diagnostic> out = new LinkedHashMap<>();

  Checks(Deploy deploy) {
    this.deploy = deploy;
    this.cloud = deploy.cloud();
    this.rollouts = new Rollouts(deploy, new Labels(deploy));
  }

  List<Diagnostic> run() {
    for (Workload w : deploy.plan().workloads()) {
      w.resources().gpu().ifPresent(this::gpu);
      regions(w);
      w.tee().ifPresent(t -> tee(w, t));
      scaling(w);
      rollout(w);
      exposure(w);
    }
    return new ArrayList<>(out.values());
  }

  private void add(Diagnostic.Builder b) {
    Diagnostic d = b.build();
    out.putIfAbsent(d.code() + "@" + d.span() + ":" + d.message(), d);
  }

  private void gpu(Resources.GpuRequest g) {
    if (NodeSelection.gpuLabel(g, cloud).isPresent()) return;
    add(Diagnostic.of(Code.E0509, g.span(), "`" + g.gpu().name() + "` is not offered on " + cloud.name())
        .label(deploy.settings().span(), "the deploy builds for cloud " + cloud.name())
        .hint("pick a GPU with a `labels { " + cloud.name() + " = … }` entry in std.gpu, or change `cloud`"));
  }

  /** With one cluster for every region, regions become node affinity on the cloud's own region names. */
  private void regions(Workload w) {
    if (deploy.clustered() || cloud.regionNames().isEmpty()) return;
    for (Placement.Region r : w.placement().regions()) {
      if (NodeSelection.regionName(r, cloud).isPresent()) continue;
      add(Diagnostic.of(Code.E0507, r.span(), "`" + r.name() + "` has no region on " + cloud.regionNames().get() + ", where cloud "
              + cloud.name() + " runs").label(deploy.settings().span(), "the deploy builds for cloud " + cloud.name())
          .hint("pick a region " + cloud.regionNames().get() + " has, or map regions to clusters with `kubernetes { clusters { … } }`"));
    }
  }

  private void tee(Workload w, Tee tee) {
    String on = cloud.name();
    if (!tee.clouds().contains(on)) {
      add(Diagnostic.of(Code.E0505, tee.span(), "`" + tee.name() + "` is not offered on " + on)
          .label(deploy.settings().span(), "the deploy builds for cloud " + on)
          .hint(tee.clouds().isEmpty() ? "no Kubernetes cloud offers `" + tee.name() + "`: pick another TEE"
              : "`" + tee.name() + "` runs on " + String.join(", ", tee.clouds()) + ": change `cloud`, or pick a TEE " + on + " offers"));
    } else if (w.resources().gpu().isPresent() && !tee.gpuClouds().contains(on)) {
      add(Diagnostic.of(Code.E0505, tee.span(), "`" + tee.name() + "` cannot host a GPU on " + on + ", and `" + w.name() + "` has "
              + w.resources().gpu().get().gpu().name()).label(w.resources().gpu().get().span(), "the GPU is asked for here")
          .hint(tee.gpuClouds().isEmpty() ? "run the GPU work outside the enclave"
              : "with a GPU, `" + tee.name() + "` runs on " + String.join(", ", tee.gpuClouds()) + ": change `cloud`, or run the GPU work outside the enclave"));
    } else if (!Confidential.of(w, deploy).provided()) {
      add(Diagnostic.of(Code.E0505, tee.span(), "the catalog entry of `" + tee.name() + "` gives no runtime class, node label or device resource for "
          + on).hint("add `runtime_class { " + on + " = \"…\" }`, `node_label` or `resource` to `tee " + tee.name() + "`"));
    }
  }

  private void scaling(Workload w) {
    Scaling s = w.scaling();
    if (s.autoscales() && !s.eventDriven() && s.min() == 0) {
      add(Diagnostic.of(Code.E0509, s.span(), "`" + w.name() + "` scales from 0 on cpu or memory, and an HPA cannot scale to zero")
          .hint("start the range at 1, or add an `rps`, `queue` or `cron` trigger (KEDA can wake a workload at zero)"));
    }
    for (Trigger t : s.triggers()) {
      switch (t) {
        case Trigger.Rps r when deploy.settings().prometheus().isEmpty() ->
            add(Diagnostic.of(Code.E0511, r.span(), "an `rps` trigger needs a Prometheus to read request rates from")
                .label(deploy.settings().span(), "no `prometheus` here").hint("set `kubernetes { prometheus = \"http://…\" }`"));
        case Trigger.Queue q when !q.engine().equals("redis") && !q.engine().equals("rabbitmq") ->
            add(Diagnostic.of(Code.E0509, q.span(), "KEDA reads queue lengths from redis lists and rabbitmq queues, but `" + q.store() + "` is "
                + q.engine()).hint("queue the work in a redis or rabbitmq store"));
        case Trigger.Cron c when CronWindow.end(c.schedule()).isEmpty() ->
            add(Diagnostic.of(Code.E0509, c.span(), "KEDA needs the end of a cron window: agentc ends it one hour after `" + c.schedule()
                + "`, which needs the hours written out").hint("write the hour field as numbers, e.g. `0 7 * * 1-5` or `0 9-17 * * *`"));
        default -> { }
      }
    }
  }

  private void rollout(Workload w) {
    Rollout.Strategy strategy = rollouts.strategy(w);
    if (strategy == Rollout.Strategy.ROLLING) return;
    Rollout r = w.rollout().orElseThrow();
    String name = strategy == Rollout.Strategy.CANARY ? "canary" : "blue_green";
    if (!deploy.argo()) {
      add(Diagnostic.of(Code.E0511, r.span(), "a `" + name + "` rollout needs Argo Rollouts, but the deploy sets `rollouts = none`")
          .label(deploy.settings().span(), "set here").hint("set `kubernetes { rollouts = argo }`, or use `strategy = rolling`"));
    } else if (strategy == Rollout.Strategy.BLUE_GREEN && w.role() == Role.WORKER) {
      add(Diagnostic.of(Code.E0509, r.span(), "worker `" + w.name() + "` has no Service for a blue-green rollout to switch")
          .hint("use `strategy = canary` or `strategy = rolling`"));
    }
  }

  private void exposure(Workload w) {
    w.expose().filter(e -> deploy.settings().gateway().isEmpty()).ifPresent(e ->
        add(Diagnostic.of(Code.E0511, e.span(), "`expose` needs a Gateway API Gateway to attach `" + w.name() + "`'s route to")
            .label(deploy.settings().span(), "no `gateway` here").hint("set `kubernetes { gateway = \"namespace/name\" }`")));
    w.rateLimit().ifPresent(r -> {
      if (w.expose().isEmpty()) {
        // Only traffic through the gateway is limited; an unexposed agent is reached from inside the cluster.
        add(Diagnostic.of(Code.W0501, r.span(), "kubernetes", "the rate limit of `" + w.name() + "`, which is not exposed")
            .hint("rate limits are enforced at the gateway: add `expose { host = \"…\" }` to route clients through it"));
        return;
      }
      r.burst().ifPresent(b -> add(Diagnostic.of(Code.W0501, r.span(), "kubernetes", "the `burst` of a rate limit")
          .hint("Envoy Gateway counts requests per fixed window, with no burst allowance: `burst = " + b + "` is ignored")));
    });
  }
}
