package dev.agentc.target.pulumi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles generated sources with the JDK's compiler, in this JVM, against the test class path (which holds the Pulumi SDK). */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /**
   * Compiles {@code sources} (text by path below `src/main/java`) into {@code out} for Java 11,
   * the generated pom's release; returns javac's messages, empty when it compiled without one.
   */
  static String compile(Map<String, String> sources, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      List<JavaFileObject> units = sources.entrySet().stream().map(e -> (JavaFileObject) new Source(e.getKey(), e.getValue())).toList();
      List<String> options = List.of("--release", "11", "-proc:none", "-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path"));
      StringWriter messages = new StringWriter();
      boolean ok = javac.getTask(messages, files, diagnostics, options, null, units).call();
      StringBuilder report = new StringBuilder(messages.toString());
      diagnostics.getDiagnostics().forEach(d -> report.append(d).append('\n'));
      return ok && report.isEmpty() ? "" : report.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String path, String text) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
  }
}
