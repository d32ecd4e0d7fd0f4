package dev.agentc.target.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The labels every object carries (TARGETS.md): the `app.kubernetes.io` set that says who made
 * it and what it belongs to, and the cost-allocation labels `team`, `env` and `app` that
 * Kubecost and OpenCost group by (reference §4).
 */
public final class Labels {
  static final String NAME = "app.kubernetes.io/name";
  public static final String PART_OF = "app.kubernetes.io/part-of";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  private final Deploy deploy;
  private final String team;
  private final Map<String, SortedMap<String, String>> byApp = new ConcurrentHashMap<>();
  private final Map<String, SortedMap<String, String>> selectors = new ConcurrentHashMap<>();
  private final Map<String, LabelSelector> podSelectors = new ConcurrentHashMap<>();
  private final Map<Named, ObjectMeta> metas = new ConcurrentHashMap<>();

  /**
   * equals and hashCode written out, as for every key of the maps of shared parts: a record's own
   * run through method handles, slow in agentc's C1-only JVM. The names of a fleet (`agent-7`,
   * `agent-7-egress`) differ in their last characters, so their hashes differ in the low bits
   * only: the app's hash, multiplied by the golden ratio, spreads those over the whole int, or a
   * dozen keys of a 100-workload deploy would share a bin of the map.
   */
  private record Named(String name, String app) {
    @Override
    public boolean equals(Object o) { return o instanceof Named n && n.name.equals(name) && n.app.equals(app); }

    @Override
    public int hashCode() { return name.hashCode() * 31 + app.hashCode() * 0x9E3779B9; }
  }

  Labels(Deploy deploy) {
    this.deploy = deploy;
    this.team = labelValue(deploy.plan().team());
  }

  /**
   * Every label of an object that belongs to {@code app} (a workload, or the deploy itself),
   * sorted. One read-only map per app, shared by all its objects (read-only maps are the ones
   * whose text the writer keeps, see {@link SharedTextSerializer}).
   */
  SortedMap<String, String> of(String app) {
    return SharedParts.get(byApp, app, a -> {
      SortedMap<String, String> labels = new TreeMap<>();
      labels.put(MANAGED_BY, "agentc");
      labels.put(NAME, a);
      labels.put(PART_OF, deploy.plan().dnsName());
      labels.put("team", team);
      labels.put("env", deploy.plan().dnsName());
      labels.put("app", a);
      return Collections.unmodifiableSortedMap(labels);
    });
  }

  /** What selects a workload's pods: immutable on Deployments, so only the name. One read-only map per app, shared like {@link #of}. */
  SortedMap<String, String> selector(String app) {
    return SharedParts.get(selectors, app, a -> Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(NAME, a))));
  }

  /**
   * A label selector of {@link #selector}. One per workload, shared by every object that selects
   * its pods (and by its peers' network policies): built objects are only read.
   */
  LabelSelector podSelector(String app) {
    return SharedParts.get(podSelectors, app, a -> {
      LabelSelector selector = new LabelSelector();
      selector.setMatchLabels(selector(a));
      return selector;
    });
  }

  /**
   * Metadata of a namespaced object named {@code name} that belongs to {@code app}. One per name
   * and app, shared by the objects that carry it (a workload's ServiceAccount, Service,
   * controller, autoscaler...): built objects are only read.
   */
  ObjectMeta meta(String name, String app) {
    return SharedParts.get(metas, new Named(name, app), n -> {
      ObjectMeta meta = new ObjectMeta(); // as in labelled
      meta.setName(n.name());
      meta.setNamespace(deploy.namespace());
      meta.setLabels(of(n.app()));
      return meta;
    });
  }

  /**
   * Metadata with only the labels of {@code app} (a pod template's, a claim template's). Made by
   * its constructor, and its labels set on it, which keeps their sorted, shared map: a builder
   * would copy it into an unsorted one, which the writer would sort again.
   */
  ObjectMeta labelled(String app) {
    ObjectMeta meta = new ObjectMeta();
    meta.setLabels(of(app));
    return meta;
  }

  /**
   * {@code object} with the metadata of {@link #meta}, set on the built object: a builder's
   * {@code withMetadata} copies the metadata it is given, and every object has some.
   */
  <T extends HasMetadata> T named(T object, String name, String app) {
    object.setMetadata(meta(name, app));
    return object;
  }

  /**
   * A label value: at most 63 characters of `[A-Za-z0-9._-]`, starting and ending with a letter
   * or digit. The team is a module name (`acme.support`), which usually is one already.
   */
  static String labelValue(String text) {
    String value = text.replaceAll("[^A-Za-z0-9._-]", "-");
    if (value.length() > 63) value = value.substring(0, 63);
    return value.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("[^A-Za-z0-9]+$", "");
  }
}
