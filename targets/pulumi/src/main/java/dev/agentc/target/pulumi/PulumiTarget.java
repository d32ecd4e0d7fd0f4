package dev.agentc.target.pulumi;

import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Feature;
import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import dev.agentc.target.Support;
import dev.agentc.target.Target;
import dev.agentc.target.kubernetes.KubernetesObjects;
import dev.agentc.target.kubernetes.KubernetesTarget;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Pulumi target (TARGETS.md): a Pulumi Java project, `OUT/<deploy>/pulumi/`, whose program
 * creates exactly the objects of the Kubernetes target — the same objects, built from the same
 * plan by the Kubernetes target's code — as typed pulumi-kubernetes resources, plus the deploy's
 * Secret filled from the stack's encrypted config. It supports what the Kubernetes target
 * supports, and reports what that target reports.
 */
public final class PulumiTarget implements Target {
  private static final KubernetesTarget KUBERNETES = new KubernetesTarget();

  @Override
  public String name() { return "pulumi"; }

  @Override
  public Support support(Feature feature) { return KUBERNETES.support(feature); }

  @Override
  public boolean requested(Plan plan) { return plan.settings().pulumi().isPresent(); }

  @Override
  public List<Diagnostic> check(Plan plan, BuildOptions options) {
    List<Diagnostic> out = new ArrayList<>(Program.check(plan));
    if (plan.settings().kubernetes().isPresent()) out.addAll(KubernetesObjects.check(plan));
    return out;
  }

  @Override
  public Output emit(Plan plan, BuildOptions options) {
    Program program = Program.of(plan);
    List<KubernetesObjects.Cluster> clusters = KubernetesObjects.of(plan);
    List<Output.Artefact> files = new ArrayList<>();
    files.add(file("Pulumi.yaml", ProjectFiles.pulumiYaml(plan, program)));
    files.add(file("Pulumi." + program.stack() + ".yaml", ProjectFiles.stackYaml(program, clusters)));
    files.add(file("README.md", ProjectFiles.readme(plan, program, clusters)));
    files.add(file("pom.xml", ProjectFiles.pom(program)));
    Sources.of(plan, program, clusters).forEach((path, text) -> files.add(file("src/main/java/" + path, text)));
    return new Output(files, List.of(), summary(clusters));
  }

  /** Objects per kind per cluster: the Kubernetes target's, and the Secret where the cluster's workloads read one. */
  private static List<Output.ObjectCount> summary(List<KubernetesObjects.Cluster> clusters) {
    List<Output.ObjectCount> out = new ArrayList<>();
    for (KubernetesObjects.Cluster c : clusters) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      c.objects().forEach(o -> counts.merge(o.getKind(), 1, Integer::sum));
      if (!ClusterClass.secretKeys(c).isEmpty()) counts.merge("Secret", 1, Integer::sum);
      counts.forEach((kind, n) -> out.add(new Output.ObjectCount(c.name(), kind, n)));
    }
    return out;
  }

  private static Output.Artefact file(String path, String text) { return new Output.Artefact(path, text.getBytes(StandardCharsets.UTF_8)); }
}
