package dev.agentc.target.aleph;

import dev.agentc.ir.Gpu;
import dev.agentc.ir.Resources;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The `requirements.gpu` entries of a GPU request (aleph.md §3.3): one per device, copied from
 * the catalog's `aleph` facts. agentc does not query the CRN list at build time, so a GPU whose
 * catalog entry lacks any of the four fields cannot be placed (std/CATALOG-FIELDS.md, `gpu.aleph`).
 */
final class GpuDevices {
  static final List<String> FIELDS = List.of("vendor", "device_name", "device_class", "device_id");

  private GpuDevices() {}

  /** The fields of {@link #FIELDS} the catalog does not give for {@code gpu}. */
  static List<String> missing(Gpu gpu) {
    return FIELDS.stream().filter(f -> !gpu.aleph().containsKey(f)).toList();
  }

  static List<InstanceContent.GpuDevice> of(Optional<Resources.GpuRequest> request) {
    if (request.isEmpty()) return List.of();
    Gpu gpu = request.get().gpu();
    InstanceContent.GpuDevice device = new InstanceContent.GpuDevice(gpu.aleph().get("vendor"), gpu.aleph().get("device_name"),
        gpu.aleph().get("device_class"), gpu.aleph().get("device_id"));
    return Collections.nCopies(request.get().count(), device);
  }
}
