package dev.agentc.ir;

import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copies catalog entries (gpu, region, tee, cloud) from the typed model into IR facts. Facts are
 * immutable, so each entry is copied once per model however many workloads use it. Shared by the
 * plans that are built in parallel, hence the concurrent maps.
 */
final class Catalog {
  private final Model model;
  private final Map<String, Gpu> gpus = new ConcurrentHashMap<>();
  private final Map<String, Placement.Region> regions = new ConcurrentHashMap<>();
  private final Map<String, Tee> tees = new ConcurrentHashMap<>();

  Catalog(Model model) { this.model = model; }

  Gpu gpu(Value.Ref ref) { return gpus.computeIfAbsent(ref.id(), id -> readGpu(ref)); }

  private Gpu readGpu(Value.Ref ref) {
    Value.Record f = model.resolve(ref).fields();
    SortedMap<String, BigDecimal> prices = new TreeMap<>();
    f.get("price").ifPresent(v -> ((Value.MapOf) v).entries().forEach(e -> prices.put(e.key(), ((Value.Price) e.value()).perHour())));
    SortedMap<String, String> aleph = new TreeMap<>();
    Fields.record(f, "aleph").ifPresent(a -> a.fields().forEach((k, v) -> {
      switch (v) {
        case Value.Str s -> aleph.put(k, s.value());
        case Value.Int i -> aleph.put(k, Long.toString(i.value()));
        case Value.Enum e -> aleph.put(k, e.value());
        default -> { }
      }
    }));
    return new Gpu(ref.id(), ref.name(), Fields.enumValue(f, "vendor").orElseThrow(),
        ((Value.Quantity) f.get("memory").orElseThrow()).base().longValueExact(), Fields.enumValue(f, "architecture").orElseThrow(),
        Fields.bool(f, "confidential"), Fields.str(f, "resource").orElseThrow(), Fields.strings(f, "labels"), prices, aleph);
  }

  /** A region, with the span of the reference that asked for it. */
  Placement.Region region(Value.Ref ref) {
    Placement.Region facts = regions.get(ref.id()); // most are there: no lambda to make
    if (facts == null) facts = regions.computeIfAbsent(ref.id(), id -> {
      Value.Record f = model.resolve(ref).fields();
      return new Placement.Region(ref.id(), ref.name(), Fields.enumValue(f, "jurisdiction").orElseThrow(), Fields.enums(f, "groups"),
          Fields.strings(f, "names"), Span.NONE);
    });
    return facts.at(ref.span());
  }

  /** A TEE, with the span of the reference that asked for it. */
  Tee tee(Value.Ref ref) {
    Tee facts = tees.computeIfAbsent(ref.id(), id -> {
      Value.Record f = model.resolve(ref).fields();
      return new Tee(ref.id(), ref.name(), Fields.enumValue(f, "vendor").orElseThrow(), Fields.enumValue(f, "isolation").orElseThrow(),
          Fields.bool(f, "gpu"), Fields.enums(f, "targets"), Fields.enums(f, "clouds"), Fields.enums(f, "gpu_clouds"),
          Fields.strings(f, "runtime_class"), Fields.strings(f, "gpu_runtime_class"), Fields.str(f, "gpu_resource"),
          Fields.strings(f, "node_label"), Fields.str(f, "resource"), Span.NONE, Optional.empty());
    });
    return facts.at(ref.span());
  }

  /** The prices of a std.cloud entry; a price it does not list stays absent (unknown). */
  Prices prices(String cloud) {
    Value.Record f = cloudEntry(cloud).fields();
    return new Prices(cloud, perHour(f, "cpu_price"), perHour(f, "memory_price"), f.get("spot_discount").map(v -> ((Value.Quantity) v).base()));
  }

  private static Optional<BigDecimal> perHour(Value.Record f, String field) { return f.get(field).map(v -> ((Value.Price) v).perHour()); }

  private Entity cloudEntry(String name) {
    return model.entity("std.cloud." + name).orElseThrow(() -> new IllegalStateException("std.cloud has no " + name));
  }

  /** The std.cloud entry of a Kubernetes `cloud` setting. */
  CloudProfile cloud(String name) {
    Value.Record f = cloudEntry(name).fields();
    return new CloudProfile(name, Fields.str(f, "gpu_label").orElseThrow(), Fields.str(f, "amd_gpu_label").orElseThrow(),
        Fields.str(f, "region_label").orElseThrow(), Fields.enumValue(f, "region_names"), Fields.str(f, "spot_label").orElseThrow(),
        Fields.str(f, "spot_value").orElseThrow(), Fields.str(f, "on_demand_value"), Fields.str(f, "spot_taint"),
        Fields.str(f, "spot_taint_value"), Fields.str(f, "tee_label"));
  }
}
