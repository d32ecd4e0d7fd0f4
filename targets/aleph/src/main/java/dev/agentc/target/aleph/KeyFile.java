package dev.agentc.target.aleph;

import dev.agentc.build.PrivateFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.Span;
import dev.agentc.target.BuildOptions;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.web3j.crypto.Sign;

/**
 * The Aleph signing key file: `--sign-key FILE`, else `AGENTC_ALEPH_KEY_FILE`. It holds a
 * secp256k1 private key as 64 hex digits (optionally after `0x`, surrounding whitespace ignored)
 * and only its owner may use it. Every refusal is an E0010 naming the file and the reason, never
 * the file's content.
 */
final class KeyFile {
  static final String ENV = "AGENTC_ALEPH_KEY_FILE";
  /** Far more than a key with a prefix and line ending; anything longer is not a key file. */
  private static final int MAX_BYTES = 1024;

  private KeyFile() {}

  /** What reading the key gave: no key asked for, a key, or the reason it cannot be used. */
  sealed interface Result {
    record None() implements Result {}

    record Loaded(SigningKey key) implements Result {}

    record Refused(Diagnostic diagnostic) implements Result {}
  }

  /** Where the key is, if the build asks for one. */
  static Optional<Path> location(BuildOptions options) {
    if (options.signKey().isPresent()) return options.signKey();
    return Optional.ofNullable(options.env().get(ENV)).filter(s -> !s.isBlank()).map(Path::of);
  }

  static Result load(BuildOptions options) {
    return location(options).map(KeyFile::read).orElse(new Result.None());
  }

  static Result read(Path path) {
    Optional<PrivateFile.Problem> problem = PrivateFile.problem(path);
    if (problem.isPresent()) {
      String reason = problem.get().reason();
      return problem.get().permissions() ? refuse(path, reason, "run `chmod 600 " + path + "`") : refuse(path, reason);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      return refuse(path, "it cannot be read");
    }
    try {
      return parse(path, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static Result parse(Path path, byte[] bytes) {
    if (bytes.length > MAX_BYTES) return refuse(path, "it is larger than " + MAX_BYTES + " bytes; a key file holds 64 hex digits");
    int start = 0;
    int end = bytes.length;
    while (start < end && Character.isWhitespace(bytes[start])) start++;
    while (end > start && Character.isWhitespace(bytes[end - 1])) end--;
    if (end - start >= 2 && bytes[start] == '0' && (bytes[start + 1] == 'x' || bytes[start + 1] == 'X')) start += 2;
    for (int i = start; i < end; i++) {
      if (Character.digit(bytes[i], 16) < 0) return refuse(path, "it is not hex: a key file holds 64 hex digits, optionally after `0x`");
    }
    int digits = end - start;
    if (digits != 64) return refuse(path, "it holds " + digits + " hex digits, and a secp256k1 private key has 64");
    byte[] raw = new byte[32];
    for (int i = 0; i < 32; i++) {
      raw[i] = (byte) (Character.digit(bytes[start + 2 * i], 16) << 4 | Character.digit(bytes[start + 2 * i + 1], 16));
    }
    BigInteger secret = new BigInteger(1, raw);
    Arrays.fill(raw, (byte) 0);
    if (secret.signum() == 0) return refuse(path, "the key is zero, which is not a valid secp256k1 private key");
    if (secret.compareTo(Sign.CURVE_PARAMS.getN()) >= 0) return refuse(path, "the key is not below the secp256k1 group order");
    return new Result.Loaded(new SigningKey(secret));
  }

  private static Result refuse(Path path, String reason) {
    return new Result.Refused(Diagnostic.of(Code.E0010, Span.NONE, path, reason).build());
  }

  private static Result refuse(Path path, String reason, String hint) {
    return new Result.Refused(Diagnostic.of(Code.E0010, Span.NONE, path, reason).hint(hint).build());
  }
}
