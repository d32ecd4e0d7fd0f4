package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.source.Span;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The secrets a plan references, by key in the deploy's secret object. Two different secrets
 * whose keys coincide (`Token` and `token`, a secret `db_password` beside the password of a
 * postgres store `db`, one name in two modules) would share one value: an error at the second.
 */
final class Secrets {
  private final Map<String, Plan.SecretRef> byKey = new TreeMap<>();
  private final Diagnostics diags;

  Secrets(Diagnostics diags) { this.diags = diags; }

  /** The key of secret {@code id} (declared at {@code declared}), referenced at {@code usedAt}. */
  String key(String name, String id, Span declared) {
    String key = Names.dns(name);
    Plan.SecretRef first = byKey.computeIfAbsent(key, k -> new Plan.SecretRef(k, id, declared));
    if (!first.id().equals(id)) {
      diags.add(Diagnostic.of(Code.E0510, declared, "secrets `" + first.id() + "` and `" + id + "` would both be stored under the key `" + key
          + "`, so they would share one value").label(first.span(), "the other one").hint("rename one of them"));
    }
    return key;
  }

  List<Plan.SecretRef> all() { return List.copyOf(byKey.values()); }
}
