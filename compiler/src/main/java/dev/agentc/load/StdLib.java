package dev.agentc.load;

import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.source.SourceFile;
import dev.agentc.syntax.ParseResult;
import dev.agentc.syntax.Parser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The std modules shipped as classpath resources {@code std/*.agent}, listed in
 * {@code std/modules.txt} (resources inside a jar cannot be listed portably). Read and parsed
 * once per JVM, on first use; the holder idiom makes that thread-safe without locking.
 */
public final class StdLib {
  /** Resource folder of the std sources. */
  public static final String RESOURCE_DIR = "std/";
  /** Resource listing one std file name a line. */
  public static final String INDEX = RESOURCE_DIR + "modules.txt";
  /** Display path prefix of std files: {@code <std>/gpu.agent}. */
  public static final String DISPLAY_PREFIX = "<std>/";

  private StdLib() {}

  /** The std modules sorted by name, and the diagnostics of reading, parsing and their imports. */
  public record Loaded(List<Module> modules, List<Diagnostic> diagnostics, Set<String> names) {
    public Loaded {
      modules = List.copyOf(modules);
      diagnostics = List.copyOf(diagnostics);
      names = java.util.Collections.unmodifiableSet(new TreeSet<>(names));
    }
  }

  private static final class Holder {
    static final Loaded LOADED = load();
  }

  /** The cached std library. */
  public static Loaded get() { return Holder.LOADED; }

  public static List<Module> modules() { return get().modules(); }

  private static Loaded load() {
    ClassLoader cl = StdLib.class.getClassLoader();
    List<Diagnostic> diags = new ArrayList<>();
    List<Module> modules = new ArrayList<>();
    List<String> files = new ArrayList<>();
    try (InputStream in = cl.getResourceAsStream(INDEX)) {
      if (in == null) {
        diags.add(Diagnostic.of(Code.E0002, SourceReader.fileSpan(DISPLAY_PREFIX + "modules.txt"), DISPLAY_PREFIX + "modules.txt")
            .hint("the compiler was built without its standard library").build());
      } else {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          for (String line; (line = r.readLine()) != null; ) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) files.add(name);
          }
        }
      }
    } catch (IOException e) {
      diags.add(Diagnostic.of(Code.E0001, SourceReader.fileSpan(DISPLAY_PREFIX + "modules.txt"),
          DISPLAY_PREFIX + "modules.txt", SourceReader.reason(e)).build());
    }
    for (String file : new TreeSet<>(files)) {
      String display = DISPLAY_PREFIX + file;
      byte[] bytes;
      try (InputStream in = cl.getResourceAsStream(RESOURCE_DIR + file)) {
        if (in == null) {
          diags.add(Diagnostic.of(Code.E0002, SourceReader.fileSpan(display), display).build());
          continue;
        }
        bytes = in.readNBytes((int) SourceReader.MAX_BYTES + 1);
      } catch (IOException e) {
        diags.add(Diagnostic.of(Code.E0001, SourceReader.fileSpan(display), display, SourceReader.reason(e)).build());
        continue;
      }
      if (bytes.length > SourceReader.MAX_BYTES) {
        diags.add(Diagnostic.of(Code.E0005, SourceReader.fileSpan(display), display, bytes.length, SourceReader.MAX_BYTES).build());
        continue;
      }
      SourceReader.Result read = SourceReader.decode(bytes, display);
      if (read.problem().isPresent()) {
        diags.add(read.problem().get());
        continue;
      }
      SourceFile source = read.file().orElseThrow();
      ParseResult parsed = Parser.parse(source);
      diags.addAll(parsed.diagnostics());
      String stem = file.endsWith(".agent") ? file.substring(0, file.length() - ".agent".length()) : file;
      String name = parsed.unit().module().map(m -> m.name().text()).filter(s -> !s.isEmpty()).orElse("std." + stem);
      modules.add(new Module(name, parsed.unit(), true));
    }
    modules.sort(Comparator.comparing(Module::name).thenComparing(m -> m.unit().file().path()));
    List<Module> unique = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    for (Module m : modules) {
      if (names.add(m.name())) unique.add(m);
      else diags.add(Diagnostic.of(Code.E0206, SourceReader.fileSpan(m.unit().file().path()), m.name()).build());
    }
    diags.addAll(Imports.resolve(unique, names, false));
    return new Loaded(unique, diags, names);
  }
}
