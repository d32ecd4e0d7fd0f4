package dev.agentc.target.aleph;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.Span;
import dev.agentc.target.BuildOptions;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.crypto.Keys;

/**
 * What every message of one build shares: its time, its sender and, when signing, the key.
 *
 * <p>Time: `--time`, else `SOURCE_DATE_EPOCH`, else the clock (milliseconds, as the SDKs send).
 * Sender: the key's address when signing (`--sender`, if also given, must be that address), else
 * `--sender`, else {@link #UNSIGNED_SENDER}. Addresses are written in EIP-55 form, which
 * `@aleph-sdk/evm` compares exactly (aleph.md §8 item 4).
 */
record Stamp(BigDecimal time, String sender, Optional<SigningKey> key) {
  /** The sender of unsigned messages built without `--sender`: the zero address, which no key signs for. */
  static final String UNSIGNED_SENDER = "0x0000000000000000000000000000000000000000";
  static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
  private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

  /** The stamp, or the diagnostics that say why there is none. */
  record Resolved(Optional<Stamp> stamp, List<Diagnostic> diagnostics) {}

  static Resolved resolve(BuildOptions options, Clock clock) {
    List<Diagnostic> diags = new ArrayList<>();
    Optional<BigDecimal> time = time(options, clock, diags);
    Optional<String> given = options.sender().flatMap(s -> address(s, diags));
    Optional<SigningKey> key = Optional.empty();
    switch (KeyFile.load(options)) {
      case KeyFile.Result.None n -> { }
      case KeyFile.Result.Refused r -> diags.add(r.diagnostic());
      case KeyFile.Result.Loaded l -> {
        key = Optional.of(l.key());
        if (given.isPresent() && !given.get().equalsIgnoreCase(l.key().address())) {
          diags.add(Diagnostic.of(Code.E0010, Span.NONE, KeyFile.location(options).orElseThrow(),
                  "it signs for " + l.key().address() + ", but `--sender` is " + given.get())
              .hint("drop `--sender` (a signed message's sender is its key's address), or use the key of " + given.get()).build());
        }
      }
    }
    if (!diags.isEmpty() || time.isEmpty()) return new Resolved(Optional.empty(), diags);
    String sender = key.map(SigningKey::address).or(() -> given).orElse(UNSIGNED_SENDER);
    return new Resolved(Optional.of(new Stamp(time.get(), sender, key)), diags);
  }

  private static Optional<BigDecimal> time(BuildOptions options, Clock clock, List<Diagnostic> diags) {
    long seconds;
    String source;
    if (options.time().isPresent()) {
      seconds = options.time().get();
      source = "--time";
    } else if (options.env().containsKey(SOURCE_DATE_EPOCH)) {
      String text = options.env().get(SOURCE_DATE_EPOCH).strip();
      try {
        seconds = Long.parseLong(text);
      } catch (NumberFormatException e) {
        diags.add(Diagnostic.of(Code.E0305, Span.NONE, SOURCE_DATE_EPOCH, "whole seconds since 1970-01-01 UTC", "`" + text + "`").build());
        return Optional.empty();
      }
      source = SOURCE_DATE_EPOCH;
    } else {
      return Optional.of(now(clock));
    }
    if (seconds < 0 || seconds > AlephLimits.MAX_TIME) {
      diags.add(Diagnostic.of(Code.E0307, Span.NONE, source, "between 0 and " + AlephLimits.MAX_TIME + " seconds (aleph.md §3.1)", seconds).build());
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(seconds));
  }

  /** The clock's time in seconds with milliseconds, as the SDKs send it. */
  static BigDecimal now(Clock clock) {
    BigDecimal now = BigDecimal.valueOf(clock.millis(), 3).stripTrailingZeros();
    return now.scale() < 0 ? now.setScale(0) : now;
  }

  /** {@code text} as an EIP-55 address: all-lowercase and all-uppercase hex are normalized, mixed case must carry a valid checksum. */
  private static Optional<String> address(String text, List<Diagnostic> diags) {
    if (ADDRESS.matcher(text).matches()) {
      String hex = text.substring(2);
      String checksummed = Keys.toChecksumAddress(hex);
      boolean oneCase = hex.equals(hex.toLowerCase(java.util.Locale.ROOT)) || hex.equals(hex.toUpperCase(java.util.Locale.ROOT));
      if (oneCase || checksummed.equals(text)) return Optional.of(checksummed);
    }
    diags.add(Diagnostic.of(Code.E0305, Span.NONE, "--sender", "an Ethereum address (`0x` and 40 hex digits, EIP-55 checksummed if mixed-case)",
        "`" + text + "`").build());
    return Optional.empty();
  }
}
