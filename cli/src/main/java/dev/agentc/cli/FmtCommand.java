package dev.agentc.cli;

import dev.agentc.build.AtomicFile;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.diag.render.HumanRenderer;
import dev.agentc.format.Formatter;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.Parser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code agentc fmt [--check] [PATH]}: rewrites the {@code .agent} files of the projects at PATH
 * in their canonical layout. A file that does not parse is refused with its diagnostics and left
 * as it is; a file is replaced atomically (a temporary file beside it, then a move); nothing
 * outside the projects is touched ({@link ProjectFiles}).
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    description = {
        "Formats every .agent file of the projects at PATH in place, and lists the files it changed on stdout.",
        "With --check, writes nothing, lists the files that would change and exits 1 if there are any."
    })
final class FmtCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", defaultValue = ".",
      description = "A project, a file or directory inside one, or a directory holding projects. Default: the current directory.")
  Path path;

  @Option(names = "--check", description = "Write nothing; exit 1 if any file is not formatted.")
  boolean check;

  @Mixin ColorOption color;

  private int worst = Exit.OK;

  @Override
  public Integer call() throws IOException {
    Io io = main.io;
    List<ProjectFiles.Target> targets;
    try {
      targets = ProjectFiles.find(io.cwd().resolve(path));
    } catch (NoSuchFileException e) {
      report(io, Diagnostic.of(Code.E0002, nowhere(path.toString()), path).build(), null);
      return Exit.USAGE;
    } catch (IllegalArgumentException e) {
      io.err().println("error: " + e.getMessage());
      return Exit.USAGE;
    }
    List<String> changed = new ArrayList<>();
    for (ProjectFiles.Target t : targets) {
      for (Path file : t.files()) {
        String shown = display(file, io.cwd());
        if (format(io, file, shown)) {
          changed.add(shown);
          io.out().println(shown);
        }
      }
    }
    if (check && !changed.isEmpty()) {
      io.err().println("error: " + Plural.count(changed.size(), "file") + (changed.size() == 1 ? " is" : " are")
          + " not formatted; run `agentc fmt` to format " + (changed.size() == 1 ? "it" : "them"));
      raise(Exit.ERRORS);
    }
    return worst;
  }

  /** Formats one file; returns whether it changed (or, with --check, would change). */
  private boolean format(Io io, Path file, String shown) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      report(io, Diagnostic.of(Code.E0001, nowhere(shown), shown, e.getMessage()).build(), null);
      raise(Exit.USAGE);
      return false;
    }
    for (byte b : bytes) {
      if (b == 0) {
        report(io, Diagnostic.of(Code.E0004, nowhere(shown), shown).build(), null);
        raise(Exit.USAGE);
        return false;
      }
    }
    String text;
    try {
      text = decode(bytes);
    } catch (BadUtf8 e) {
      report(io, Diagnostic.of(Code.E0003, nowhere(shown), shown, e.offset).build(), null);
      raise(Exit.USAGE);
      return false;
    }
    SourceFile source = new SourceFile(shown, text);
    String formatted;
    switch (Formatter.formatSource(source)) {
      case Formatter.Result.Refused refused -> {
        HumanRenderer renderer = new HumanRenderer(Map.of(shown, source), io.color(color.mode));
        io.err().print(renderer.render(Diagnostics.sort(refused.diagnostics())));
        long n = refused.diagnostics().stream().filter(Diagnostic::isError).count();
        io.err().println("error: left `" + shown + "` unchanged: it has " + Plural.count(n, "syntax error"));
        raise(Exit.ERRORS);
        return false;
      }
      case Formatter.Result.Formatted done -> formatted = done.text();
    }
    if (formatted.equals(text)) return false;
    if (Parser.parse(new SourceFile(shown, formatted)).hasErrors()) {
      // Never write what would not parse: that is a formatter bug, and the file stays as it is.
      throw new IllegalStateException("formatting `" + shown + "` produced text that does not parse; the file was left unchanged");
    }
    if (!check) writeAtomically(file, formatted);
    return true;
  }

  private void raise(int code) { worst = Math.max(worst, code); }

  private void report(Io io, Diagnostic d, SourceFile source) {
    PrintStream err = io.err();
    Map<String, SourceFile> sources = source == null ? Map.of() : Map.of(source.path(), source);
    err.print(new HumanRenderer(sources, io.color(color.mode)).render(d));
  }

  private static Span nowhere(String file) { return new Span(file, 0, 0, 1, 1, 1, 1); }

  static String display(Path file, Path cwd) {
    Path n = file.normalize();
    Path base = cwd.toAbsolutePath().normalize();
    try {
      Path realCwd = base.toRealPath();
      if (n.startsWith(realCwd)) return realCwd.relativize(n).toString().replace('\\', '/');
    } catch (IOException ignored) {
      // fall back to the absolute path
    }
    return n.startsWith(base) ? base.relativize(n).toString().replace('\\', '/') : n.toString();
  }

  /** Replaces {@code file} by writing a temporary file beside it and moving it over the original. */
  static void writeAtomically(Path file, String text) throws IOException {
    AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static final class BadUtf8 extends Exception {
    final long offset;

    BadUtf8(long offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  /** Strict UTF-8: the byte offset of the first invalid sequence is reported. */
  private static String decode(byte[] bytes) throws BadUtf8 {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) throw new BadUtf8(in.position());
    r = dec.flush(out);
    if (r.isError()) throw new BadUtf8(in.position());
    out.flip();
    return out.toString();
  }
}
