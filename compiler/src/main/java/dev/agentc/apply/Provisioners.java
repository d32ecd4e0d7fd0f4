package dev.agentc.apply;

import java.util.List;
import java.util.Optional;

/** Finding a target's provisioner. */
public final class Provisioners {
  private Provisioners() {}

  public static Optional<Provisioner> of(List<Provisioner> all, String target) {
    return all.stream().filter(p -> p.target().equals(target)).findFirst();
  }
}
