package dev.agentc.analysis.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises credentials written as plain text. The formats are the ones their issuers document
 * for their keys (the same rules secret scanners such as gitleaks apply), long enough that a
 * normal word or path does not match; a URL matches when it carries a password.
 */
final class Credentials {
  private Credentials() {}

  private record Format(String what, Pattern pattern) {
    Format(String what, String regex) { this(what, Pattern.compile(regex)); }
  }

  private static final List<Format> FORMATS = List.of(
      new Format("an OpenAI or Anthropic API key", "\\bsk-[A-Za-z0-9_-]{20,}"),
      new Format("a GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})"),
      new Format("a Slack token", "\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
      new Format("an AWS access key id", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"),
      new Format("a Hugging Face token", "\\bhf_[A-Za-z0-9]{30,}"),
      new Format("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}"),
      new Format("a Stripe secret key", "\\b[rs]k_live_[0-9A-Za-z]{20,}"),
      new Format("a private key", "-----BEGIN [A-Z ]*PRIVATE KEY-----"),
      // A password after `user:` in a URL, unless it is a `$(VAR)` or `${VAR}` reference the runtime fills in.
      new Format("a password in a URL", "[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:(?!\\$)[^/\\s@]+@"));

  /** Environment variable names that usually hold a secret: `DB_PASSWORD`, `SLACK_TOKEN`, `OPENAI_API_KEY`. */
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?:^|_)(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|ACCESS_KEY|CREDENTIALS?)$");

  /** What kind of credential {@code text} holds, if it holds one. */
  static Optional<String> find(String text) {
    return FORMATS.stream().filter(f -> f.pattern().matcher(text).find()).map(Format::what).findFirst();
  }

  static boolean secretName(String variable) { return SECRET_NAME.matcher(variable.toUpperCase(Locale.ROOT)).find(); }
}
