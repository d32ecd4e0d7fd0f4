package dev.agentc.diag;

/**
 * The catalog of diagnostics: every code, its default severity, a short title (used for SARIF
 * rules and docs) and its message template. {@code {0}}, {@code {1}} … are filled by
 * {@link #format}. Codes are stable: a code is never reused for another meaning.
 *
 * <p>Ranges: E00xx input and files, E01xx syntax, E02xx modules and names, E03xx fields and
 * types, E04xx {@code from}, {@code override} and {@code let}, E05xx deployments and targets,
 * E06xx the know-before-you-deploy analyses, E07xx plan and apply; W-codes are warnings.
 */
public enum Code {
  // ---- input and files
  E0001(Severity.ERROR, "unreadable input", "cannot read `{0}`: {1}"),
  E0002(Severity.ERROR, "path not found", "`{0}` does not exist"),
  E0003(Severity.ERROR, "invalid UTF-8", "`{0}` is not valid UTF-8 (byte {1})"),
  E0004(Severity.ERROR, "binary file", "`{0}` looks like a binary file, not `.agent` source"),
  E0005(Severity.ERROR, "file too large", "`{0}` is {1} bytes; source files are limited to {2} bytes"),
  E0006(Severity.ERROR, "no sources", "no `.agent` files found in `{0}`"),
  E0007(Severity.ERROR, "nesting too deep", "brackets nest {0} levels deep here; the limit is {1}"),
  E0008(Severity.ERROR, "path outside project", "`{0}` resolves outside the project root `{1}`"),
  E0009(Severity.ERROR, "cannot write output", "cannot write `{0}`: {1}"),
  E0010(Severity.ERROR, "bad signing key", "cannot use the signing key `{0}`: {1}"),

  // ---- syntax
  E0101(Severity.ERROR, "syntax error", "{0}"),
  E0102(Severity.ERROR, "unterminated string", "this string is never closed"),
  E0103(Severity.ERROR, "unterminated comment", "this block comment is never closed"),
  E0104(Severity.ERROR, "invalid escape", "unknown escape sequence `{0}` in a string"),
  E0105(Severity.ERROR, "unknown unit", "`{0}` is not a unit"),
  E0106(Severity.ERROR, "unexpected character", "unexpected character `{0}`"),
  E0107(Severity.ERROR, "invalid number", "invalid number `{0}`: {1}"),
  E0108(Severity.ERROR, "misplaced module clause", "{0}"),

  // ---- modules and names
  E0201(Severity.ERROR, "unknown module", "no module named `{0}`"),
  E0202(Severity.ERROR, "import cycle", "modules import each other in a cycle: {0}"),
  E0203(Severity.ERROR, "duplicate name", "`{0}` is declared more than once in module `{1}`"),
  E0204(Severity.ERROR, "unresolved name", "cannot find `{0}` in this scope"),
  E0205(Severity.ERROR, "unknown import", "module `{0}` has no declaration named `{1}`"),
  E0206(Severity.ERROR, "duplicate module", "module `{0}` is declared by more than one file"),
  E0207(Severity.ERROR, "name clash", "`{0}` is both imported and declared in this module"),
  E0208(Severity.ERROR, "invalid module name", "`{0}` cannot be a module name: {1}"),
  W0201(Severity.WARNING, "unused import", "`{0}` is imported but never used"),

  // ---- fields and types
  E0301(Severity.ERROR, "unknown kind", "`{0}` is not a kind of declaration"),
  E0302(Severity.ERROR, "unknown field", "`{0}` has no field `{1}`"),
  E0303(Severity.ERROR, "missing field", "{0} `{1}` is missing the required field `{2}`"),
  E0304(Severity.ERROR, "duplicate field", "field `{0}` is set more than once"),
  E0305(Severity.ERROR, "type mismatch", "`{0}` expects {1}, found {2}"),
  E0306(Severity.ERROR, "wrong unit", "`{0}` expects {1}, but `{2}` is {3}"),
  E0307(Severity.ERROR, "out of range", "`{0}` must be {1}, found {2}"),
  E0308(Severity.ERROR, "wrong kind of reference", "`{0}` expects a reference to {1}, but `{2}` is {3}"),
  E0309(Severity.ERROR, "none on a required field", "`{0}` is required and cannot be `none`"),
  E0310(Severity.ERROR, "unknown value", "`{0}` is not one of the values of `{1}`"),
  E0311(Severity.ERROR, "bad call", "{0}"),
  E0312(Severity.ERROR, "conflicting fields", "{0}"),
  E0313(Severity.ERROR, "invalid name", "`{0}` cannot be used as a name: {1}"),

  // ---- from, override, let
  E0401(Severity.ERROR, "bad base", "`{0}` cannot start from `{1}`: {2}"),
  E0402(Severity.ERROR, "from cycle", "`from` chain loops back on itself: {0}"),
  E0403(Severity.ERROR, "bad override target", "`override {0}`: {1}"),
  E0404(Severity.ERROR, "let cycle", "constant `{0}` is defined in terms of itself: {1}"),
  E0405(Severity.ERROR, "abstract deployed", "`{0}` is abstract and cannot be deployed"),
  E0406(Severity.ERROR, "bad interpolation", "{0}"),

  // ---- deployments and targets
  E0501(Severity.ERROR, "feature not available on target", "the {0} target cannot provide {1}"),
  W0501(Severity.WARNING, "feature not enforced on target", "the {0} target does not enforce {1}"),
  E0502(Severity.ERROR, "empty deploy", "deploy `{0}` deploys no agents"),
  E0503(Severity.ERROR, "invalid cluster name", "`{0}` is not a valid kube context name: {1}"),
  E0504(Severity.ERROR, "placement conflict", "{0}"),
  E0505(Severity.ERROR, "unavailable TEE", "{0}"),
  E0506(Severity.ERROR, "egress cannot be enforced", "{0}"),
  E0507(Severity.ERROR, "region not mapped", "{0}"),
  E0508(Severity.ERROR, "secret would be public", "{0}"),
  E0509(Severity.ERROR, "exceeds target limits", "{0}"),
  E0510(Severity.ERROR, "output collision", "{0}"),
  E0511(Severity.ERROR, "missing target setting", "{0}"),

  // ---- the Pulumi target
  E0520(Severity.ERROR, "Pulumi needs Kubernetes settings", "deploy `{0}` builds a Pulumi program but has no `kubernetes` settings"),
  E0521(Severity.ERROR, "invalid Java package", "`{0}` is not a valid Java package name"),
  E0522(Severity.ERROR, "invalid Pulumi name", "the Pulumi {0} `{1}` is not a valid name"),
  E0523(Severity.ERROR, "shared Pulumi stack", "deploy `{0}` would use the Pulumi stack `{1}`, like deploy `{2}`"),

  // ---- know before you deploy: GPU fit and cost
  E0601(Severity.ERROR, "model does not fit its GPUs", "{0}"),
  W0601(Severity.WARNING, "GPU count the engine cannot split across", "{0}"),
  W0602(Severity.WARNING, "model size unknown", "{0}"),
  E0602(Severity.ERROR, "budget exceeded at minimum replicas", "{0}"),
  W0603(Severity.WARNING, "budget exceeded at maximum replicas", "{0}"),
  W0604(Severity.WARNING, "budget cannot be checked: price unknown", "{0}"),
  W0605(Severity.WARNING, "budget in a currency the catalog does not price in", "{0}"),

  // ---- know before you deploy: residency, TEE, egress and transport, secrets in public places
  E0620(Severity.ERROR, "data outside the residency", "{0}"),
  E0621(Severity.ERROR, "TEE required", "{0}"),
  E0622(Severity.ERROR, "data leaves the TEE", "{0}"),
  E0623(Severity.ERROR, "plain http tool", "{0}"),
  E0624(Severity.ERROR, "invalid tool URL", "{0}"),
  E0625(Severity.ERROR, "secret on a command line", "{0}"),
  E0626(Severity.ERROR, "credential in plain text", "{0}"),
  W0620(Severity.WARNING, "tool jurisdiction unknown", "{0}"),
  W0621(Severity.WARNING, "workload may run anywhere", "{0}"),
  W0622(Severity.WARNING, "possible credential in plain text", "{0}"),

  // ---- plan and apply (provisioning)
  E0701(Severity.ERROR, "cluster unreachable", "cannot reach the cluster of {0}: {1}"),
  E0702(Severity.ERROR, "credentials rejected", "the cluster of {0} rejected the credentials: {1}"),
  E0703(Severity.ERROR, "forbidden", "the cluster of {0} forbids {1}"),
  E0704(Severity.ERROR, "field manager conflict", "{0} is also managed by another field manager: {1}"),
  E0705(Severity.ERROR, "missing custom resource definition", "the cluster of {0} has no {1}"),
  E0706(Severity.ERROR, "missing secret value", "no value for the secret `{0}`"),
  E0707(Severity.ERROR, "unusable secrets file", "cannot use the secrets file `{0}`: {1}"),
  E0708(Severity.ERROR, "not ready in time", "{0} did not become ready within {1}"),
  E0709(Severity.ERROR, "message refused", "the Aleph API at {0} refused {1}: {2}"),
  E0710(Severity.ERROR, "message rejected", "Aleph rejected {0}: {1}"),
  E0711(Severity.ERROR, "Aleph API unavailable", "the Aleph API at {0} is unavailable: {1}"),
  E0712(Severity.ERROR, "corrupt state file", "cannot read the state file `{0}`: {1}"),
  E0713(Severity.ERROR, "state of another deploy", "the state file `{0}` belongs to deploy `{1}`, not `{2}`"),
  E0714(Severity.ERROR, "unsigned messages", "the Aleph messages of deploy `{0}` are not signed"),
  E0715(Severity.ERROR, "no container engine", "cannot apply deploy `{0}` with Compose: {1}"),
  E0716(Severity.ERROR, "pulumi not installed", "cannot apply deploy `{0}` with Pulumi: {1}"),
  E0717(Severity.ERROR, "provisioning command failed", "`{0}` failed: {1}"),
  E0718(Severity.ERROR, "Kubernetes API error", "the cluster of {0} answered {1}"),
  E0719(Severity.ERROR, "unusable kubeconfig", "cannot use the kubeconfig {0}: {1}"),
  W0701(Severity.WARNING, "objects left behind", "{0} no longer in the build but still live in {1}");

  private final Severity severity;
  private final String title;
  private final String template;

  Code(Severity severity, String title, String template) {
    this.severity = severity;
    this.title = title;
    this.template = template;
  }

  public Severity severity() { return severity; }

  public String title() { return title; }

  public String template() { return template; }

  /** Fills {@code {0}}, {@code {1}} … in the template; other braces are left alone. */
  public String format(Object... args) {
    String out = template;
    for (int i = 0; i < args.length; i++) out = out.replace("{" + i + "}", String.valueOf(args[i]));
    return out;
  }
}
