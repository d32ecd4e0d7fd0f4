package dev.agentc.analysis.secrets;

import dev.agentc.analysis.Analysis;
import dev.agentc.analysis.flow.Flow;
import dev.agentc.analysis.flow.Flows;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Container;
import dev.agentc.ir.EnvVar;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Workload;
import dev.agentc.model.Entity;
import dev.agentc.model.Model;
import dev.agentc.model.Value;
import dev.agentc.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets in public places, beyond Aleph's public variables (E0508, checked by that target).
 * A secret's value is only ever a reference in the output, but a command line that expands its
 * variable (`$(VAR)` on Kubernetes, `$VAR` in a shell) puts the value where every user of the
 * host and every log can read it; and a credential typed as plain text into `env` or `command`
 * is written as is into every artefact: manifests, compose.yaml, Aleph messages.
 */
public final class SecretExposure implements Analysis {
  /**
   * `$(VAR)` (Kubernetes expands it from the container's environment) and `$VAR` (a shell does).
   * `${VAR}` cannot be written: `${…}` in a `.agent` string is interpolation, which refuses secrets (E0406).
   */
  private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\(([A-Za-z_][A-Za-z0-9_]*)\\)|([A-Za-z_][A-Za-z0-9_]*))");

  /** One argument of a command line, with the text that wrote it (the workload's name for a generated one). */
  private record Arg(String text, Span span) {}

  @Override
  public List<Diagnostic> check(Model model, Plan plan) {
    Map<String, Entity> entities = Flows.deployment(model, plan).workloads();
    List<Diagnostic> out = new ArrayList<>();
    // The workloads of a deploy share most of their values (a log level, a tool's URL): each is scanned once.
    Map<String, Optional<String>> credentials = new HashMap<>();
    for (Workload w : plan.workloads()) {
      List<Arg> commandLine = commandLine(w, entities);
      if (!commandLine.isEmpty()) checkCommandLine(model, plan, w, commandLine, out);
      List<EnvVar> env = w.container().env();
      for (int i = 0; i < env.size(); i++) { // indexed: no iterator per workload
        EnvVar e = env.get(i);
        if (!(e.value() instanceof EnvVar.Value.Literal literal)) continue;
        Span at = e.span().isNone() ? w.span() : e.span();
        var found = credentials.computeIfAbsent(literal.text(), Credentials::find);
        if (found.isPresent()) {
          out.add(plainText(plan, w, at, found.get() + " in `" + e.name() + "`"));
        } else if (!e.span().isNone() && Credentials.secretName(e.name()) && !literal.text().isBlank()) {
          out.add(Diagnostic.of(Code.W0622, at, "in deploy `" + plan.name() + "`, `" + e.name() + "` of `" + Flow.nameOf(w) + "` looks like a credential, "
                  + "and its value is written as plain text into " + channels(plan))
              .hint("declare `secret " + e.name().toLowerCase(java.util.Locale.ROOT) + "` and write `" + e.name() + " = "
                  + e.name().toLowerCase(java.util.Locale.ROOT) + "`, so only a reference is written").build());
        }
      }
    }
    return out;
  }

  /** Secrets a command line expands, and credentials written into it. */
  private static void checkCommandLine(Model model, Plan plan, Workload w, List<Arg> commandLine, List<Diagnostic> out) {
    Map<String, String> secretVars = new TreeMap<>();
    w.container().env().forEach(e -> {
      if (e.value() instanceof EnvVar.Value.Secret s) secretVars.put(e.name(), s.key());
    });
    for (Arg arg : commandLine) {
      Matcher m = VARIABLE.matcher(arg.text());
      while (m.find()) {
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        if (!secretVars.containsKey(name)) continue;
        out.add(Diagnostic.of(Code.E0625, arg.span(), "in deploy `" + plan.name() + "`, the command line of `" + Flow.nameOf(w) + "` expands `"
                + m.group() + "`, " + secretName(model, plan, secretVars.get(name)) + ": a process's arguments can be read by every user of its host "
                + "(`ps`, /proc) and end up in logs")
            .hint("let the program read `" + name + "` from its environment instead of its arguments").build());
      }
      Credentials.find(arg.text()).ifPresent(what -> out.add(plainText(plan, w, arg.span(), what + " in its command line")));
    }
  }

  private static Diagnostic plainText(Plan plan, Workload w, Span at, String what) {
    return Diagnostic.of(Code.E0626, at, "in deploy `" + plan.name() + "`, `" + Flow.nameOf(w) + "` has " + what + ", which would be written as plain "
            + "text into " + channels(plan))
        .hint("declare a `secret`, reference it from `env` (or a tool's `auth`), and supply its value at apply time; then revoke this one")
        .build();
  }

  /** The command and arguments of a workload; an agent's `command` keeps the span of each item as written. */
  private static List<Arg> commandLine(Workload w, Map<String, Entity> entities) {
    Container c = w.container();
    if (c.command().isEmpty() && c.args().isEmpty()) return List.of(); // most workloads
    Entity entity = entities.get(w.id());
    List<Arg> out = new ArrayList<>();
    List<Value> written = entity == null ? List.of() : entity.get("command").map(v -> ((Value.ListOf) v).items()).orElse(List.of());
    for (int i = 0; i < c.command().size(); i++) {
      out.add(new Arg(c.command().get(i), i < written.size() ? written.get(i).span() : w.span()));
    }
    c.args().forEach(a -> out.add(new Arg(a, w.span())));
    return out;
  }

  /** How messages name the secret stored under {@code key}: as declared, or as the password of its store. */
  private static String secretName(Model model, Plan plan, String key) {
    String id = plan.secrets().stream().filter(r -> r.key().equals(key)).map(Plan.SecretRef::id).findFirst().orElseThrow();
    return model.entity(id).map(e -> "the secret `" + e.name() + "`")
        .orElseGet(() -> "the password of store `" + id.substring(0, id.lastIndexOf('.')).replaceAll(".*\\.", "") + "`");
  }

  /** Where a deploy's literals are written, by the targets it builds for. */
  private static String channels(Plan plan) {
    List<String> out = new ArrayList<>();
    plan.settings().kubernetes().ifPresent(k -> out.add("the Kubernetes manifests"));
    plan.settings().pulumi().ifPresent(p -> out.add("the Pulumi program"));
    plan.settings().compose().ifPresent(c -> out.add("compose.yaml"));
    plan.settings().aleph().ifPresent(a -> out.add("the Aleph messages (public on-chain)"));
    return out.isEmpty() ? "the build output" : String.join(" and ", out);
  }
}
