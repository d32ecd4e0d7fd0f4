package dev.agentc.target.aleph;

import dev.agentc.ir.Memory;
import dev.agentc.ir.Storage;
import dev.agentc.ir.Workload;
import java.util.Optional;

/**
 * A store's data on Aleph: a persistent volume kept on the host (aleph.md §3.4), mounted at
 * `/var/lib/agentc/<store>`; the launcher binds it to the engine's data path (`AGENTC_VOLUME`).
 * A store without `size` gets {@value AlephLimits#DEFAULT_STORE_MIB} MiB.
 */
final class StoreVolume {
  private StoreVolume() {}

  static Optional<InstanceContent.Volume> of(Workload w) {
    return w.storage().map(s -> new InstanceContent.Volume(w.name() + " data (" + s.engine() + ")", mount(w), w.name() + "-data", sizeMib(s)));
  }

  static String mount(Workload w) { return "/var/lib/agentc/" + w.name(); }

  static long sizeMib(Storage s) { return s.size().map(Memory::mib).orElse(AlephLimits.DEFAULT_STORE_MIB); }
}
