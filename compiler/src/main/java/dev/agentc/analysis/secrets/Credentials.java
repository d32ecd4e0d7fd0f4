package dev.agentc.analysis.secrets;

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

  /**
   * @param anchors every match contains one of these texts: a value holding none of them is skipped
   *     without running the regex, which is most values (the check runs over every value of every workload);
   *     an array, as {@link #FORMATS} is, so that the loops over them allocate no iterator
   */
  private record Format(String what, Pattern pattern, String[] anchors) {
    Format(String what, String regex, String... anchors) { this(what, Pattern.compile(regex), anchors); }

    boolean foundIn(String text) {
      for (String anchor : anchors) {
        if (text.contains(anchor)) return pattern.matcher(text).find();
      }
      return false;
    }
  }

  private static final Format[] FORMATS = {
      new Format("an OpenAI or Anthropic API key", "\\bsk-[A-Za-z0-9_-]{20,}", "sk-"),
      new Format("a GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{22,})", "gh"),
      new Format("a Slack token", "\\bxox[abprs]-[A-Za-z0-9-]{10,}", "xox"),
      new Format("an AWS access key id", "\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b", "AKIA", "ASIA"),
      new Format("a Hugging Face token", "\\bhf_[A-Za-z0-9]{30,}", "hf_"),
      new Format("a Google API key", "\\bAIza[0-9A-Za-z_-]{35}", "AIza"),
      new Format("a Stripe secret key", "\\b[rs]k_live_[0-9A-Za-z]{20,}", "k_live_"),
      new Format("a private key", "-----BEGIN [A-Z ]*PRIVATE KEY-----", "-----BEGIN "),
      // A password after `user:` in a URL, unless it is a `$(VAR)` or `${VAR}` reference the runtime fills in.
      new Format("a password in a URL", "[A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@]+:(?!\\$)[^/\\s@]+@", "@")};

  /** The last words of environment variable names that usually hold a secret: `DB_PASSWORD`, `SLACK_TOKEN`, `OPENAI_API_KEY`. */
  private static final String[] SECRET_WORDS =
      {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "APIKEY", "PRIVATE_KEY", "ACCESS_KEY", "CREDENTIAL", "CREDENTIALS"};

  /** What kind of credential {@code text} holds, if it holds one. */
  static Optional<String> find(String text) {
    for (Format f : FORMATS) {
      if (f.foundIn(text)) return Optional.of(f.what());
    }
    return Optional.empty();
  }

  /** Whether {@code variable}, upper-cased, is one of the secret words or ends in `_` and one of them. */
  static boolean secretName(String variable) {
    String name = variable.toUpperCase(Locale.ROOT);
    for (String word : SECRET_WORDS) {
      int before = name.length() - word.length() - 1;
      if (name.endsWith(word) && (before < 0 || name.charAt(before) == '_')) return true;
    }
    return false;
  }
}
