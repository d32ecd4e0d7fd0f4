package dev.agentc.target.pulumi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/** Java names made from agentc's names (modules, deploys, kube contexts, workloads), always valid and the same for the same input. */
final class JavaNames {
  private JavaNames() {}

  /** Whether {@code name} is a package name javac accepts: dot-separated identifiers, none a keyword. */
  static boolean isPackage(String name) { return SourceVersion.isName(name); }

  /**
   * A package name from any dotted text, by the convention of JLS §6.1: lower case, characters
   * that cannot be in an identifier become `_`, a part that is a keyword gets a `_` after it and a
   * part that starts with a digit a `_` before it.
   */
  static String toPackage(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\.", -1)).map(JavaNames::packagePart).collect(Collectors.joining("."));
  }

  private static String packagePart(String part) {
    String p = part.replaceAll("[^a-z0-9_]", "_");
    if (p.isEmpty() || Character.isDigit(p.charAt(0))) p = "_" + p;
    return SourceVersion.isKeyword(p) ? p + "_" : p;
  }

  /** `UpperCamel` of the letter-and-digit runs of {@code text} (`prod-us_1` → `ProdUs1`). */
  static String upperCamel(String text) {
    StringBuilder out = new StringBuilder();
    for (String part : text.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }
}
