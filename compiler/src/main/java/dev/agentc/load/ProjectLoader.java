package dev.agentc.load;

import dev.agentc.Parallel;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.diag.Diagnostics;
import dev.agentc.source.SourceFile;
import dev.agentc.source.Span;
import dev.agentc.syntax.ModuleClause;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import dev.agentc.syntax.SourceUnit;
import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the projects at or below a path, reads and parses their files, resolves imports.
 *
 * <p>A project root is a directory holding a marker file {@value #MARKER}. A path inside a
 * project (marker at it or above) loads that project; a directory outside any project loads
 * every project below it, sorted by path, or is itself the root when there is none; a file
 * outside any project has its directory as the root. Walking skips hidden entries,
 * {@code target} and {@code node_modules}, never follows symlinked directories, and stops at
 * nested markers, which start projects of their own.
 */
public final class ProjectLoader {
  /** The file that marks a project root. */
  public static final String MARKER = "agent.project";
  /** Extension of source files. */
  public static final String EXTENSION = ".agent";

  private static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules");
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ProjectLoader() {}

  /**
   * The projects {@code path} names: the project containing it, or every project below it.
   * Never throws for bad input: problems become diagnostics of the returned projects (a path
   * that does not exist gives one project with no modules and an E0002). Display paths are
   * relative to the working directory when under it.
   */
  public static List<Project> discover(Path path) {
    return discover(path, Path.of("").toAbsolutePath());
  }

  /** As {@link #discover(Path)}, with display paths (and a relative {@code path}) taken relative to {@code cwd}. */
  public static List<Project> discover(Path path, Path cwd) {
    Path base = cwd.toAbsolutePath().normalize();
    Display display = new Display(base);
    Path abs = base.resolve(path).normalize();
    if (!Files.exists(abs)) {
      String shown = display.of(abs);
      Diagnostic.Builder b = Diagnostic.of(Code.E0002, SourceReader.fileSpan(shown), shown);
      if (Files.isSymbolicLink(abs)) b.hint("it is a symbolic link to a path that does not exist");
      return List.of(new Project(shown, List.of(), List.of(b.build())));
    }
    boolean isDir = Files.isDirectory(abs);
    Path start = isDir ? abs : abs.getParent();
    Optional<Path> enclosing = markerAtOrAbove(start);
    // a file named directly is compiled even if the walk would skip it; the marker just names its project
    Path explicit = isDir || abs.getFileName().toString().equals(MARKER) ? null : abs;
    List<Path> named = explicit == null ? List.of() : List.of(explicit);
    if (enclosing.isPresent()) return List.of(load(enclosing.get(), named, display, Reading.DISK));
    if (!isDir) return List.of(load(start, named, display, Reading.DISK));
    List<Path> roots = markersBelow(abs);
    if (roots.isEmpty()) return List.of(load(abs, List.of(), display, Reading.DISK));
    List<Project> out = new ArrayList<>(roots.size());
    for (Path root : roots) out.add(load(root, List.of(), display, Reading.DISK));
    return out;
  }

  /** The root of the project a source file belongs to: the nearest directory at or above it with a marker, else its own directory. */
  public static Path rootOf(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    return markerAtOrAbove(dir).orElse(dir);
  }

  /**
   * Loads the project rooted at {@code root} as an editor sees it: display paths are relative to
   * the root; the files in {@code open} (absolute paths to their unsaved text) are read from that
   * map instead of disk, and those whose root this is belong to the project even when not saved
   * yet; {@code parser} parses every file (from several threads at once), so a caller may hand
   * back the parse of text that did not change.
   */
  public static Project load(Path root, Map<Path, String> open, Function<SourceFile, ParseResult> parser) {
    Path abs = root.toAbsolutePath().normalize();
    List<Path> inside = open.keySet().stream().filter(p -> p.toString().endsWith(EXTENSION) && rootOf(p).equals(abs)).toList();
    return load(abs, inside, new Display(abs), new Reading(open, parser));
  }

  /** Where file text comes from (the editor's buffers, else disk) and how it is parsed. */
  private record Reading(Map<Path, String> open, Function<SourceFile, ParseResult> parser) {
    static final Reading DISK = new Reading(Map.of(), Parser::parse);
  }

  /** Loads the project rooted at {@code root}; {@code named} are files named by the caller, included even where the walk skips them. */
  private static Project load(Path root, List<Path> named, Display display, Reading reading) {
    String rootShown = display.of(root);
    List<Diagnostic> diags = new ArrayList<>();
    Path rootReal;
    try {
      rootReal = root.toRealPath();
    } catch (IOException | RuntimeException e) {
      diags.add(Diagnostic.of(Code.E0001, SourceReader.fileSpan(rootShown), rootShown, SourceReader.reason(e)).build());
      return new Project(rootShown, List.of(), diags);
    }
    List<Path> files = walk(root, display, diags);
    for (Path file : named) if (!files.contains(file)) files.add(file);
    files.sort(Comparator.comparing(f -> slashed(root.relativize(f))));
    if (files.isEmpty()) {
      diags.add(Diagnostic.of(Code.E0006, SourceReader.fileSpan(rootShown), rootShown)
          .hint("source files end in `" + EXTENSION + "`").build());
      return new Project(rootShown, List.of(), Diagnostics.sort(diags));
    }

    Map<String, Candidate> byName = new HashMap<>();
    List<Module> user = new ArrayList<>();
    // Reading and parsing are independent per file, so they run in parallel; the results are
    // then taken in sorted path order, which keeps every output deterministic.
    // The standard library (parsed once per JVM) is parsed beside them rather than after:
    // StdLib.get() below waits for it.
    ForkJoinPool.commonPool().execute(StdLib::get);
    List<Read> reads = Parallel.map(files, file -> readAndParse(file, rootReal, rootShown, display, reading));
    for (Read r : reads) {
      if (r.problem().isPresent()) {
        diags.add(r.problem().get());
        continue;
      }
      Path file = r.file();
      String shown = r.shown();
      ParseResult parsed = r.parsed();
      diags.addAll(parsed.diagnostics());
      Candidate c = name(parsed, root.relativize(file), shown);
      Optional<Diagnostic> invalid = validate(c);
      if (invalid.isPresent()) {
        diags.add(invalid.get());
        if (isStd(c.name())) continue; // never let a user file shadow the standard library
      }
      Candidate first = byName.putIfAbsent(c.name(), c);
      if (first != null) {
        diags.add(Diagnostic.of(Code.E0206, c.span(), c.name())
            .label(first.span(), "`" + first.shown() + "` is also module `" + c.name() + "`")
            .hint("give one of them another name with a `module` clause, or rename the file").build());
        continue;
      }
      user.add(new Module(c.name(), parsed.unit(), false));
    }
    user.sort(Comparator.comparing(Module::name).thenComparing(m -> m.unit().file().path()));

    List<Module> modules = new ArrayList<>(user);
    if (!user.isEmpty()) {
      StdLib.Loaded std = StdLib.get();
      diags.addAll(std.diagnostics());
      Set<String> known = new TreeSet<>(std.names());
      for (Module m : user) known.add(m.name());
      diags.addAll(Imports.resolve(user, known, true));
      modules.addAll(std.modules());
    }
    return new Project(rootShown, modules, Diagnostics.sort(diags));
  }

  /** One file read and parsed, or the reason it could not be. */
  private record Read(Path file, String shown, Optional<Diagnostic> problem, ParseResult parsed) {}

  private static Read readAndParse(Path file, Path rootReal, String rootShown, Display display, Reading reading) {
    String shown = display.of(file);
    String open = reading.open().get(file);
    if (open != null) return new Read(file, shown, Optional.empty(), reading.parser().apply(new SourceFile(shown, open)));
    if (!insideRoot(file, rootReal)) {
      return new Read(file, shown, Optional.of(Diagnostic.of(Code.E0008, SourceReader.fileSpan(shown), shown, rootShown)
          .hint("the file is a symbolic link; imports and sources never leave the project root").build()), null);
    }
    SourceReader.Result read = SourceReader.read(file, shown);
    if (read.problem().isPresent()) return new Read(file, shown, read.problem(), null);
    return new Read(file, shown, Optional.empty(), reading.parser().apply(read.file().orElseThrow()));
  }

  /** A module name and where it comes from: the module clause, or else the file's path. */
  private record Candidate(String name, Span span, boolean fromClause, String shown) {}

  private static Candidate name(ParseResult parsed, Path relative, String shown) {
    SourceUnit unit = parsed.unit();
    Optional<ModuleClause> clause = unit.module();
    if (clause.isPresent()) {
      String text = clause.get().name().text();
      boolean damaged = text.isEmpty() || clause.get().name().parts().stream().anyMatch(p -> p.text().isEmpty());
      if (!damaged && !(parsed.hasErrors() && !isDotted(text))) {
        return new Candidate(text, clause.get().name().span(), true, shown);
      }
    }
    String rel = slashed(relative);
    if (rel.endsWith(EXTENSION)) rel = rel.substring(0, rel.length() - EXTENSION.length());
    return new Candidate(rel.replace('/', '.'), SourceReader.fileSpan(shown), false, shown);
  }

  private static Optional<Diagnostic> validate(Candidate c) {
    String name = c.name();
    if (!isDotted(name)) {
      String bad = firstBadSegment(name);
      String why = bad.isEmpty()
          ? "it has an empty segment"
          : "`" + bad + "` is not an identifier (letters, digits and `_`, not starting with a digit)";
      Diagnostic.Builder b = Diagnostic.of(Code.E0208, c.span(), name, why);
      b.hint(c.fromClause()
          ? "module names are identifiers separated by `.`"
          : "the name comes from the file's path below the project root; rename the file, or add a `module` clause such as `module "
              + suggestedName(name) + "`");
      return Optional.of(b.build());
    }
    if (isStd(name)) {
      return Optional.of(Diagnostic.of(Code.E0208, c.span(), name, "`std` is reserved for the standard library")
          .hint(c.fromClause() ? "choose a name outside `std`" : "move the file out of `std/`, or add a `module` clause with another name")
          .build());
    }
    return Optional.empty();
  }

  static boolean isDotted(String name) {
    if (name.isEmpty()) return false;
    for (String seg : name.split("\\.", -1)) if (!SEGMENT.matcher(seg).matches()) return false;
    return true;
  }

  private static boolean isStd(String name) { return name.equals("std") || name.startsWith("std."); }

  private static String firstBadSegment(String name) {
    for (String seg : name.split("\\.", -1)) if (!SEGMENT.matcher(seg).matches()) return seg;
    return name;
  }

  /** The name with every invalid character turned into `_`, for the hint. */
  private static String suggestedName(String name) {
    StringBuilder out = new StringBuilder();
    for (String seg : name.split("\\.", -1)) {
      if (seg.isEmpty()) continue;
      if (out.length() > 0) out.append('.');
      String s = seg.replaceAll("[^A-Za-z0-9_]", "_");
      if (Character.isDigit(s.charAt(0))) s = "_" + s;
      out.append(s);
    }
    return out.length() == 0 ? "main" : out.toString();
  }

  private static boolean insideRoot(Path file, Path rootReal) {
    try {
      return file.toRealPath().startsWith(rootReal);
    } catch (IOException | RuntimeException e) {
      return true; // missing or unreadable: the reader reports why
    }
  }

  /** The source files of the project at {@code root}, in no particular order. */
  private static List<Path> walk(Path root, Display display, List<Diagnostic> diags) {
    List<Path> files = new ArrayList<>();
    Deque<Path> dirs = new ArrayDeque<>();
    dirs.push(root);
    while (!dirs.isEmpty()) {
      Path dir = dirs.pop();
      List<Path> entries = list(dir, display, diags);
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".")) continue;
        BasicFileAttributes a = attributes(entry);
        if (a == null) continue;
        if (a.isDirectory()) {
          if (!SKIPPED_DIRS.contains(name) && !isMarked(entry)) dirs.push(entry);
        } else if (name.endsWith(EXTENSION)) {
          files.add(entry); // regular files, symlinks and oddities alike: the reader judges them
        }
      }
    }
    return files;
  }

  /** Every directory at or below {@code dir} that holds a marker, sorted by path. */
  private static List<Path> markersBelow(Path dir) {
    List<Path> roots = new ArrayList<>();
    Deque<Path> dirs = new ArrayDeque<>();
    dirs.push(dir);
    while (!dirs.isEmpty()) {
      Path d = dirs.pop();
      if (isMarked(d)) roots.add(d);
      for (Path entry : list(d, null, null)) {
        String name = entry.getFileName().toString();
        if (name.startsWith(".") || SKIPPED_DIRS.contains(name)) continue;
        BasicFileAttributes a = attributes(entry);
        if (a != null && a.isDirectory()) dirs.push(entry);
      }
    }
    roots.sort(Comparator.comparing(r -> slashed(dir.relativize(r))));
    return roots;
  }

  private static List<Path> list(Path dir, Display display, List<Diagnostic> diags) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) entries.add(p);
    } catch (IOException | RuntimeException e) {
      if (diags != null) {
        String shown = display.of(dir);
        diags.add(Diagnostic.of(Code.E0001, SourceReader.fileSpan(shown), shown, SourceReader.reason(e)).build());
      }
    }
    entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return entries;
  }

  private static BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean isMarked(Path dir) { return Files.isRegularFile(dir.resolve(MARKER)); }

  private static Optional<Path> markerAtOrAbove(Path start) {
    for (Path p = start; p != null; p = p.getParent()) if (isMarked(p)) return Optional.of(p);
    return Optional.empty();
  }

  static String slashed(Path p) {
    String s = p.toString();
    return File.separatorChar == '/' ? s : s.replace(File.separatorChar, '/');
  }

  /** Paths as shown to users: relative to the working directory when under it, else absolute; `/` separated. */
  record Display(Path cwd) {
    String of(Path abs) {
      Path p = abs.toAbsolutePath().normalize();
      if (p.startsWith(cwd)) {
        String rel = slashed(cwd.relativize(p));
        return rel.isEmpty() ? "." : rel;
      }
      return slashed(p);
    }
  }
}
