package dev.agentc.target.aleph;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of an INSTANCE message (aleph.md §3.1–§3.5). {@link #tree} lays the fields out in
 * the order the reference clients send them (the order of §9), leaving out empty optional ones;
 * `allow_amend` is false and `payment` is credit (§3.6), always.
 */
record InstanceContent(
    String address,
    BigDecimal time,
    Map<String, Object> metadata,
    List<String> authorizedKeys,
    Map<String, String> variables,
    Optional<TrustedExecution> trustedExecution,
    Resources resources,
    Optional<String> nodeHash,
    List<GpuDevice> gpus,
    List<Volume> volumes,
    Rootfs rootfs) {

  InstanceContent {
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    authorizedKeys = List.copyOf(authorizedKeys);
    variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    gpus = List.copyOf(gpus);
    volumes = List.copyOf(volumes);
  }

  /** §3.2 `trusted_execution`: AMD SEV firmware (a STORE hash) and guest policy. */
  record TrustedExecution(String firmware, int policy) {}

  /** §3.2 `MachineResources`; memory in MiB, seconds the idle timeout. */
  record Resources(long vcpus, long memoryMib, int seconds) {}

  /** §3.3 one entry of `requirements.gpu`. */
  record GpuDevice(String vendor, String deviceName, String deviceClass, String deviceId) {}

  /** §3.4 a persistent volume kept on the host. */
  record Volume(String comment, String mount, String name, long sizeMib) {}

  /** §3.4 the root file system: a copy of {@code parent} (a STORE hash) of {@code sizeMib}, kept on the host. */
  record Rootfs(String parent, long sizeMib) {}

  Map<String, Object> tree() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("address", address);
    t.put("time", time);
    t.put("allow_amend", false);
    if (!metadata.isEmpty()) t.put("metadata", metadata);
    if (!authorizedKeys.isEmpty()) t.put("authorized_keys", authorizedKeys);
    if (!variables.isEmpty()) t.put("variables", variables);
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("internet", true);
    env.put("aleph_api", true);
    env.put("hypervisor", "qemu");
    trustedExecution.ifPresent(te -> env.put("trusted_execution", ordered("firmware", te.firmware(), "policy", te.policy())));
    env.put("reproducible", false);
    env.put("shared_cache", false);
    t.put("environment", env);
    t.put("resources", ordered("vcpus", resources.vcpus(), "memory", resources.memoryMib(), "seconds", resources.seconds()));
    t.put("payment", ordered("chain", "ETH", "type", "credit"));
    Map<String, Object> requirements = new LinkedHashMap<>();
    nodeHash.ifPresent(h -> requirements.put("node", ordered("node_hash", h)));
    if (!gpus.isEmpty()) {
      requirements.put("gpu", gpus.stream().map(g -> ordered("vendor", g.vendor(), "device_name", g.deviceName(), "device_class", g.deviceClass(),
          "device_id", g.deviceId())).toList());
    }
    if (!requirements.isEmpty()) t.put("requirements", requirements);
    t.put("volumes", volumes.stream().map(v -> ordered("comment", v.comment(), "mount", v.mount(), "name", v.name(), "persistence", "host",
        "size_mib", v.sizeMib())).toList());
    t.put("rootfs", ordered("parent", ordered("ref", rootfs.parent(), "use_latest", true), "persistence", "host", "size_mib", rootfs.sizeMib()));
    return t;
  }

  /** A map with keys and values given in pairs, in that order. */
  static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
    return m;
  }
}
