package dev.agentc.target.pulumi;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import dev.agentc.ir.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of a deploy's Pulumi project: the project and stack (the `pulumi` settings, else the
 * deploy's DNS name and its name) and the Java package (the setting, else the deploy's module and
 * name made into a package name).
 */
record Program(String project, String stack, String packageName) {
  /** What Pulumi accepts as a project or stack name. */
  private static final Pattern PULUMI_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

  static Program of(Plan plan) {
    Settings.Pulumi s = plan.settings().pulumi().orElseThrow();
    return new Program(plan.pulumiProject().orElseThrow(), plan.pulumiStack().orElseThrow(),
        s.packageName().orElseGet(() -> JavaNames.toPackage(plan.team() + "." + plan.name())));
  }

  /** The settings Pulumi or javac would reject, each pointing at the `pulumi` block with the way out. */
  static List<Diagnostic> check(Plan plan) {
    List<Diagnostic> out = new ArrayList<>();
    Settings.Pulumi s = plan.settings().pulumi().orElseThrow();
    if (plan.settings().kubernetes().isEmpty()) {
      out.add(Diagnostic.of(Code.E0520, s.span(), plan.name()).label(plan.span(), "this deploy has no `kubernetes { }` block")
          .hint("add `kubernetes { }` to deploy `" + plan.name() + "`: the Pulumi program creates its Kubernetes objects").build());
    }
    Optional<String> pkg = s.packageName().filter(p -> !JavaNames.isPackage(p));
    pkg.ifPresent(p -> out.add(Diagnostic.of(Code.E0521, s.span(), p)
        .hint("try `package = \"" + JavaNames.toPackage(p) + "\"`, or leave `package` out").build()));
    s.project().filter(p -> !PULUMI_NAME.matcher(p).matches()).ifPresent(p -> out.add(name(s, "project", p)));
    s.stack().filter(p -> !PULUMI_NAME.matcher(p).matches()).ifPresent(p -> out.add(name(s, "stack", p)));
    return out;
  }

  private static Diagnostic name(Settings.Pulumi s, String field, String value) {
    return Diagnostic.of(Code.E0522, s.span(), field, value)
        .hint("use at most 100 letters, digits and `_ . -`, e.g. `" + field + " = \"" + value.replaceAll("[^A-Za-z0-9_.-]", "-") + "\"`").build();
  }
}
