package dev.agentc.apply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The provisioners on the class path, found like targets with {@link ServiceLoader}. */
public final class Provisioners {
  private Provisioners() {}

  /** Every registered provisioner, sorted by target name. */
  public static List<Provisioner> all() {
    List<Provisioner> out = new ArrayList<>();
    ServiceLoader.load(Provisioner.class).forEach(out::add);
    out.sort(Comparator.comparing(Provisioner::target));
    return out;
  }

  public static Optional<Provisioner> of(List<Provisioner> all, String target) {
    return all.stream().filter(p -> p.target().equals(target)).findFirst();
  }
}
