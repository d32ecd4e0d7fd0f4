package dev.agentc.load;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads one source file with every bad input turned into a diagnostic: missing (E0002),
 * a directory or something else that is not a regular file, or an I/O error (E0001), too large
 * (E0005, checked before reading), binary (E0004), not UTF-8 (E0003). A UTF-8 byte order mark is
 * dropped. Never throws, never blocks on a FIFO, never reads more than {@link #MAX_BYTES} + 1.
 */
public final class SourceReader {
  /** Largest source file accepted: 8 MiB. */
  public static final long MAX_BYTES = 8L * 1024 * 1024;
  /** A NUL byte in this many leading bytes marks a file as binary. */
  public static final int BINARY_PROBE = 8 * 1024;

  private SourceReader() {}

  /** The file's text, or the reason it has none. */
  public record Result(Optional<SourceFile> file, Optional<Diagnostic> problem) {
    static Result ok(SourceFile f) { return new Result(Optional.of(f), Optional.empty()); }

    static Result fail(Diagnostic d) { return new Result(Optional.empty(), Optional.of(d)); }
  }

  /**
   * The span of a whole-file finding: line 1 column 1 of an empty file with that path, so a
   * renderer prints {@code --> path} and no snippet.
   */
  public static Span fileSpan(String displayPath) { return new SourceFile(displayPath, "").span(0, 0); }

  /** Reads {@code file}, shown to users as {@code display}. */
  public static Result read(Path file, String display) {
    Span at = fileSpan(display);
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Result.fail(missing(file, display, at));
    } catch (IOException | RuntimeException e) {
      return Result.fail(Diagnostic.of(Code.E0001, at, display, reason(e)).build());
    }
    if (attrs.isDirectory()) {
      return Result.fail(Diagnostic.of(Code.E0001, at, display, "it is a directory, not a file")
          .hint("pass the directory itself to compile every `.agent` file below it").build());
    }
    if (!attrs.isRegularFile()) {
      return Result.fail(Diagnostic.of(Code.E0001, at, display, "it is not a regular file").build());
    }
    if (attrs.size() > MAX_BYTES) return Result.fail(tooLarge(display, at, attrs.size()));
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      return Result.fail(missing(file, display, at));
    } catch (IOException | RuntimeException e) {
      return Result.fail(Diagnostic.of(Code.E0001, at, display, reason(e)).build());
    }
    if (bytes.length > MAX_BYTES) return Result.fail(tooLarge(display, at, Math.max(attrs.size(), bytes.length)));
    return decode(bytes, display);
  }

  /** Checks and decodes the bytes of a source file: binary (E0004), UTF-8 (E0003), BOM. */
  public static Result decode(byte[] bytes, String display) {
    Span at = fileSpan(display);
    int probe = Math.min(bytes.length, BINARY_PROBE);
    for (int i = 0; i < probe; i++) {
      if (bytes[i] == 0) {
        return Result.fail(Diagnostic.of(Code.E0004, at, display)
            .hint("it has a NUL byte at offset " + i + "; source files are UTF-8 text").build());
      }
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    // ASCII is UTF-8 as it stands; only other text needs the decoder, which checks every sequence
    if (isAscii(bytes, start)) return Result.ok(new SourceFile(display, new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII)));
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) r = decoder.flush(out);
    if (r.isError()) {
      int offset = in.position();
      return Result.fail(Diagnostic.of(Code.E0003, at, display, offset)
          .hint("save the file as UTF-8; the bad sequence starts at byte offset " + offset + " (counting from 0)")
          .build());
    }
    out.flip();
    return Result.ok(new SourceFile(display, out.toString()));
  }

  private static boolean isAscii(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) if (bytes[i] < 0) return false;
    return true;
  }

  private static Diagnostic missing(Path file, String display, Span at) {
    Diagnostic.Builder b = Diagnostic.of(Code.E0002, at, display);
    if (Files.isSymbolicLink(file)) b.hint("it is a symbolic link to a file that does not exist");
    return b.build();
  }

  private static Diagnostic tooLarge(String display, Span at, long size) {
    return Diagnostic.of(Code.E0005, at, display, size, MAX_BYTES)
        .hint("split it into several modules").build();
  }

  /** The operating system's reason for an I/O failure, without the path repeated. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
