package dev.agentc.target.compose;

import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;

/**
 * The names agentc gives things in a Compose file. Services are the workloads' DNS names; a
 * store's data lives in the named volume `<store>-data`; a secret is the file
 * `./secrets/<key>` beside the Compose file, mounted at `/run/secrets/<key>`, and a variable
 * that holds a secret becomes `<VAR>_FILE`, naming that path (Compose secrets are files, and
 * `_FILE` is the convention of the official images, e.g. `POSTGRES_PASSWORD_FILE`).
 */
final class ComposeNames {
  private ComposeNames() {}

  static String volume(Workload store) { return store.name() + "-data"; }

  static String secretFile(String key) { return "./secrets/" + key; }

  static String secretMount(String key) { return "/run/secrets/" + key; }

  static String secretVariable(String variable) { return variable + "_FILE"; }

  /** The Compose project: the `project` setting, else the deploy's DNS name. */
  static String project(Plan plan) {
    return plan.settings().compose().flatMap(c -> c.project()).orElse(plan.dnsName());
  }
}
