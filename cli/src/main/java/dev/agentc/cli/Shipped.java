package dev.agentc.cli;

import dev.agentc.apply.Provisioner;
import dev.agentc.target.Target;
import dev.agentc.target.aleph.AlephProvisioner;
import dev.agentc.target.aleph.AlephTarget;
import dev.agentc.target.compose.ComposeProvisioner;
import dev.agentc.target.compose.ComposeTarget;
import dev.agentc.target.kubernetes.KubernetesTarget;
import dev.agentc.target.kubernetes.apply.KubernetesProvisioner;
import dev.agentc.target.pulumi.PulumiProvisioner;
import dev.agentc.target.pulumi.PulumiTarget;
import java.util.List;

/**
 * The targets agentc ships, and their provisioners: one of each per module under `targets/`.
 * Listed here, where the command is put together, rather than found with {@link java.util.ServiceLoader}:
 * its search reads every jar of the class path (over a hundred, most of them the Pulumi, gRPC and
 * fabric8 libraries), which took a sixth of a short `agentc check`.
 */
final class Shipped {
  private Shipped() {}

  /** Every target, sorted by name. */
  static List<Target> targets() { return List.of(new AlephTarget(), new ComposeTarget(), new KubernetesTarget(), new PulumiTarget()); }

  /** Every provisioner, sorted by target name. */
  static List<Provisioner> provisioners() {
    return List.of(new AlephProvisioner(), new ComposeProvisioner(), new KubernetesProvisioner(), new PulumiProvisioner());
  }
}
