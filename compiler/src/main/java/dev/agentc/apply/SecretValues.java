package dev.agentc.apply;

import dev.agentc.build.PrivateFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.source.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The secret values supplied to one `agentc apply`: `AGENTC_SECRET_<NAME>` in the environment, and
 * `--secrets FILE` (owner-only permissions), whose `NAME=value` lines win over the environment.
 * A name is the secret's key (`ticket-token`) or its declared name (`ticket_token`) in any case;
 * both normalize to `TICKET_TOKEN`. Values never appear in messages or {@link #toString}.
 */
public final class SecretValues {
  public static final String ENV_PREFIX = "AGENTC_SECRET_";
  private final Map<String, String> byName;

  private SecretValues(Map<String, String> byName) { this.byName = Map.copyOf(byName); }

  public static final SecretValues NONE = new SecretValues(Map.of());

  /** The environment variable that carries the value of the secret with {@code key}. */
  public static String envName(String key) { return ENV_PREFIX + normalize(key); }

  private static String normalize(String name) { return name.strip().toUpperCase(Locale.ROOT).replace('-', '_'); }

  /** The values from {@code env} and, when given, {@code file}; a file that is not private or not `NAME=value` lines is refused. */
  public static SecretValues load(Optional<Path> file, Map<String, String> env) {
    Map<String, String> values = new TreeMap<>();
    env.forEach((k, v) -> {
      if (k.startsWith(ENV_PREFIX)) values.put(normalize(k.substring(ENV_PREFIX.length())), v);
    });
    if (file.isPresent()) values.putAll(read(file.get()));
    return new SecretValues(values);
  }

  private static Map<String, String> read(Path file) {
    Optional<PrivateFile.Problem> problem = PrivateFile.problem(file);
    if (problem.isPresent()) {
      Diagnostic.Builder d = Diagnostic.of(Code.E0707, Span.NONE, file, problem.get().reason());
      if (problem.get().permissions()) d.hint("run `chmod 600 " + file + "`");
      throw new ApplyException(d.build());
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ApplyException(Diagnostic.of(Code.E0707, Span.NONE, file, "it cannot be read as UTF-8 text").build());
    }
    Map<String, String> values = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
      int eq = line.indexOf('=');
      if (eq <= 0) {
        // The line itself is not shown: it may be a value.
        throw new ApplyException(Diagnostic.of(Code.E0707, Span.NONE, file, "line " + (i + 1) + " is not `NAME=value`")
            .hint("write one secret per line as `NAME=value`; `#` starts a comment line").build());
      }
      values.put(normalize(line.substring(0, eq)), line.substring(eq + 1));
    }
    return values;
  }

  public Optional<String> value(String key) { return Optional.ofNullable(byName.get(normalize(key))); }

  /**
   * The value of every secret the plan references, by key; an E0706 at the first missing one
   * (labelled at its declaration) naming all that are missing and how to supply them.
   */
  public SortedMap<String, String> require(Plan plan) {
    SortedMap<String, String> out = new TreeMap<>();
    List<Plan.SecretRef> missing = new ArrayList<>();
    for (Plan.SecretRef s : plan.secrets()) {
      Optional<String> v = value(s.key());
      if (v.isPresent()) out.put(s.key(), v.get());
      else missing.add(s);
    }
    if (missing.isEmpty()) return out;
    Plan.SecretRef first = missing.get(0);
    Diagnostic.Builder d = Diagnostic.of(Code.E0706, first.span(), first.id())
        .label(plan.span(), "deploy `" + plan.name() + "` needs " + missing.size() + (missing.size() == 1 ? " secret" : " secrets")
            + " at apply time: " + String.join(", ", missing.stream().map(m -> "`" + m.id() + "`").toList()));
    d.hint("set " + String.join(", ", missing.stream().map(m -> envName(m.key())).toList())
        + ", or list them as NAME=value lines in a file given with `--secrets FILE` (chmod 600)");
    throw new ApplyException(d.build());
  }

  @Override
  public String toString() { return "SecretValues" + byName.keySet(); }
}
