package dev.agentc.target.aleph;

import dev.agentc.ir.Container;
import dev.agentc.ir.Egress;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Gpu;
import dev.agentc.ir.Memory;
import dev.agentc.ir.Placement;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Prices;
import dev.agentc.ir.Resources;
import dev.agentc.ir.Role;
import dev.agentc.ir.Scaling;
import dev.agentc.ir.Settings;
import dev.agentc.ir.Sourced;
import dev.agentc.ir.Storage;
import dev.agentc.ir.Tee;
import dev.agentc.ir.Workload;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Small random deploys that Aleph can build, straight in the IR: agents (services and workers,
 * some in a SEV confidential VM with secrets, some with an L40S), stores their users reach by
 * endpoint, and sometimes a swarm router; regions drawn from a pool whose every region has a node.
 */
final class RandomPlans {
  static final Gpu L40S = new Gpu("std.gpu.L40S", "L40S", "nvidia", 48L << 30, "ada", false, "nvidia.com/gpu", new TreeMap<>(), new TreeMap<>(),
      new TreeMap<>(Map.of("vendor", "NVIDIA", "device_name", "AD102GL [L40S]", "device_class", "0302", "device_id", "10de:26b9", "compute_units", "12")));
  static final String TEXT = "abcXYZ 0123-_./:=\"\\'{}[]<>é日本€";

  private final Random random;
  private final Span span = new Span("gen.agent", 0, 1, 1, 1, 1, 2);

  private RandomPlans(long seed) { this.random = new Random(seed); }

  static Plan generate(long seed) { return new RandomPlans(seed).plan(seed); }

  private Plan plan(long seed) {
    List<Placement.Region> pool = new ArrayList<>();
    List<Settings.Node> nodes = new ArrayList<>();
    int regionCount = random.nextInt(4);
    for (int i = 0; i < regionCount; i++) {
      pool.add(new Placement.Region("gen.region.r" + i, "r_" + i, "EU", List.of(), new TreeMap<>(), span));
      nodes.add(new Settings.Node("gen.region.r" + i, hex(32), span));
    }
    List<Workload> workloads = new ArrayList<>();
    List<Plan.SecretRef> secrets = new ArrayList<>();
    List<String> storeNames = new ArrayList<>();
    for (int i = 0, n = random.nextInt(3); i < n; i++) storeNames.add("store-" + i);
    List<String> agents = new ArrayList<>();
    boolean confidential = false;
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      String name = "agent-" + i;
      boolean gpu = random.nextInt(5) == 0 && !pool.isEmpty();
      boolean tee = !gpu && random.nextInt(3) == 0 && !pool.isEmpty();
      confidential |= tee;
      List<EnvVar> env = new ArrayList<>();
      for (int j = 0, m = random.nextInt(4); j < m; j++) env.add(new EnvVar("VAR_" + j, new EnvVar.Value.Literal(text()), span));
      for (String s : storeNames) if (random.nextBoolean()) env.add(new EnvVar(s.toUpperCase().replace('-', '_') + "_URL", new EnvVar.Value.Endpoint(s, "redis", 6379), span));
      if (tee) {
        env.add(new EnvVar("API_KEY", new EnvVar.Value.Secret("api-key-" + i), span));
        secrets.add(new Plan.SecretRef("api-key-" + i, "gen.api_key_" + i, span));
      }
      boolean worker = random.nextInt(4) == 0;
      Container c = new Container(Sourced.of("ghcr.io/gen/" + name + ":1." + i, span), List.of(), List.of(),
          worker ? Optional.empty() : Optional.of(new Container.Port(8000 + i, "http", span)), env, Optional.empty(), Optional.empty(), false);
      Resources r = new Resources(Optional.of(Sourced.of(BigDecimal.valueOf(1 + random.nextInt(16), 1), span)),
          Optional.of(new Memory((256L + random.nextInt(16_000)) << 20, "x", span)),
          gpu ? Optional.of(new Resources.GpuRequest(1 + random.nextInt(2), L40S, span)) : Optional.empty(), Optional.empty());
      List<Placement.Region> regions = pool.stream().filter(x -> random.nextBoolean()).toList();
      int min = 1 + random.nextInt(3);
      workloads.add(new Workload(name, "gen." + name, worker ? Role.WORKER : Role.SERVICE, span, c, r,
          new Placement(regions, List.of(), Optional.empty(), List.of(), span), tee ? Optional.of(sev()) : Optional.empty(),
          new Scaling(min, min + random.nextInt(3), List.of(), Optional.empty(), Optional.empty(), span), Optional.empty(), Optional.empty(),
          Optional.empty(), Egress.NONE, Optional.empty(), Workload.Session.STATELESS, Optional.empty(), Optional.empty()));
      agents.add(name);
    }
    for (String s : storeNames) {
      Container c = new Container(Sourced.of("redis:7.4.1", span), List.of(), List.of("--appendonly", "yes"), Optional.of(new Container.Port(6379, "redis", span)),
          List.of(), Optional.empty(), Optional.empty(), false);
      Storage storage = new Storage("redis", Optional.of(new Memory((1L + random.nextInt(64)) << 30, "x", span)), "aof", "/data", Optional.empty(), span);
      workloads.add(new Workload(s, "gen." + s, Role.STORE, span, c, Resources.NONE, new Placement(List.of(), List.of(), Optional.empty(), agents, span),
          Optional.empty(), Scaling.fixed(1, span), Optional.empty(), Optional.empty(), Optional.empty(), Egress.NONE, Optional.of(storage),
          Workload.Session.STATELESS, Optional.empty(), Optional.empty()));
    }
    List<Plan.Swarm> swarms = new ArrayList<>();
    if (agents.size() > 1 && random.nextBoolean()) {
      List<EnvVar> env = new ArrayList<>();
      agents.forEach(a -> env.add(new EnvVar(a.toUpperCase().replace('-', '_') + "_URL", new EnvVar.Value.Endpoint(a, "http", 80), span)));
      env.add(new EnvVar("ROUTER", new EnvVar.Value.Literal("round_robin"), span));
      Container c = new Container(Sourced.of("ghcr.io/agentc-dev/router:0.1.0", span), List.of(), List.of(), Optional.of(new Container.Port(8080, "http", span)),
          env, Optional.empty(), Optional.empty(), false);
      workloads.add(new Workload("desk", "gen.desk", Role.ROUTER, span, c, Resources.NONE, new Placement(List.of(), List.of(), Optional.empty(), List.of(), span),
          Optional.empty(), Scaling.fixed(1, span), Optional.empty(), Optional.empty(), Optional.empty(), Egress.NONE, Optional.empty(),
          Workload.Session.STATELESS, Optional.empty(), Optional.empty()));
      swarms.add(new Plan.Swarm("desk", "desk", agents, "round_robin", span));
    }
    workloads.sort(Comparator.comparing(Workload::name));
    Settings.Aleph aleph = new Settings.Aleph("https://api2.aleph.im", random.nextBoolean() ? Optional.of("GEN") : Optional.empty(),
        confidential || random.nextBoolean() ? Optional.of(hex(32)) : Optional.empty(), random.nextBoolean() ? List.of("ssh-ed25519 AAAA gen") : List.of(),
        nodes, span);
    return new Plan("gen_" + seed, "gen-" + seed, "gen", span, workloads, swarms, secrets,
        new Settings(Optional.empty(), Optional.empty(), Optional.of(aleph), Optional.empty()), Optional.empty(),
        new Prices("generic", Optional.empty(), Optional.empty(), Optional.empty()));
  }

  private Tee sev() {
    return new Tee("std.tee.sev", "sev", "amd", "vm", false, List.of("kubernetes", "aleph", "pulumi"), List.of("gke"), List.of(), new TreeMap<>(), new TreeMap<>(),
        Optional.empty(), new TreeMap<>(Map.of("gke", "SEV")), Optional.empty(), span, Optional.empty());
  }

  private String text() {
    StringBuilder b = new StringBuilder();
    for (int i = 0, n = random.nextInt(24); i < n; i++) b.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, random.nextInt(TEXT.codePointCount(0, TEXT.length())))));
    return b.toString();
  }

  private String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
