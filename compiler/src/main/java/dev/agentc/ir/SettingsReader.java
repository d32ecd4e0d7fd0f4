package dev.agentc.ir;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.model.DnsNames;
import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a deploy's target blocks into {@link Settings}, checking the names that end up in the output. */
final class SettingsReader {
  /** What kubeconfig context names agentc accepts: they become file names, with `/` and `:` replaced. */
  private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:/-]*");

  private final Catalog catalog;
  private final Diagnostics diags;

  SettingsReader(Catalog catalog, Diagnostics diags) {
    this.catalog = catalog;
    this.diags = diags;
  }

  Settings read(Entity deploy, String dnsName) {
    Value.Record f = deploy.fields();
    return new Settings(Fields.record(f, "kubernetes").map(k -> kubernetes(k, dnsName)), Fields.record(f, "compose").map(this::compose),
        Fields.record(f, "aleph").map(this::aleph), Fields.record(f, "pulumi").map(this::pulumi));
  }

  private Settings.Kubernetes kubernetes(Value.Record k, String dnsName) {
    String namespace = dnsName;
    Optional<Value> ns = k.get("namespace");
    if (ns.isPresent()) {
      String text = ((Value.Str) ns.get()).value();
      if (DnsNames.isLabel(text)) namespace = text;
      else diags.add(Diagnostic.of(Code.E0313, ns.get().span(), text, "a namespace is a DNS label: at most 63 lowercase letters, digits and `-`")
          .hint("try `" + Names.dns(text).replaceAll("[^a-z0-9-]", "-") + "`"));
    }
    List<Settings.Cluster> clusters = new ArrayList<>();
    Map<String, String> files = new HashMap<>();
    k.get("clusters").ifPresent(v -> {
      for (Value.MapOf.Entry e : ((Value.MapOf) v).entries()) {
        Value.Str context = (Value.Str) e.value();
        if (!CONTEXT.matcher(context.value()).matches() || context.value().length() > 253) {
          diags.add(Diagnostic.of(Code.E0503, context.span(), context.value(),
                  "use letters, digits and `. _ @ : / -`, starting with a letter or digit, at most 253 characters")
              .hint("use the name `kubectl config get-contexts` shows"));
          continue;
        }
        String file = clusterFile(context.value());
        String other = files.putIfAbsent(file, context.value());
        if (other != null && !other.equals(context.value())) {
          diags.add(Diagnostic.of(Code.E0510, context.span(),
              "contexts `" + other + "` and `" + context.value() + "` would both be written to `" + file + ".yaml`").hint("rename one of the contexts"));
          continue;
        }
        clusters.add(new Settings.Cluster(((Value.Ref) e.keyValue()).id(), context.value(), e.keySpan().to(context.span())));
      }
    });
    Optional<Sourced<String>> gateway = k.get("gateway").map(v -> Sourced.of(((Value.Str) v).value(), v.span()));
    return new Settings.Kubernetes(namespace, catalog.cloud(Fields.enumValue(k, "cloud").orElseThrow()), Fields.enumValue(k, "network").orElseThrow(),
        gateway, Fields.enumValue(k, "rollouts").orElseThrow(), Fields.str(k, "prometheus"), clusters, k.span());
  }

  /** The file a cluster's manifests go to: its context, with path separators replaced. */
  static String clusterFile(String context) { return context.replace('/', '_').replace(':', '_'); }

  private Settings.Compose compose(Value.Record c) { return new Settings.Compose(Fields.str(c, "project"), c.span()); }

  private Settings.Aleph aleph(Value.Record a) {
    List<Settings.Node> nodes = new ArrayList<>();
    a.get("nodes").ifPresent(v -> ((Value.MapOf) v).entries().forEach(e ->
        nodes.add(new Settings.Node(((Value.Ref) e.keyValue()).id(), ((Value.Str) e.value()).value(), e.keySpan().to(e.value().span())))));
    List<String> keys = Fields.list(a, "ssh_keys").stream().map(v -> ((Value.Str) v).value()).toList();
    return new Settings.Aleph(Fields.str(a, "api").orElseThrow(), Fields.str(a, "channel"), Fields.str(a, "rootfs"), keys, nodes, a.span());
  }

  private Settings.Pulumi pulumi(Value.Record p) {
    return new Settings.Pulumi(Fields.str(p, "project"), Fields.str(p, "stack"), Fields.str(p, "package"), p.span());
  }
}
