package dev.agentc.target.pulumi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * A `pulumi` executable for tests: a shell script in its own directory that answers what the
 * Automation API runs and records every call (arguments, PULUMI_CONFIG_PASSPHRASE, whether the
 * working directory holds the stack's config file) in `calls.log`, and what it read on standard
 * input in `stdin.log`. The files of its directory steer it: `stack-exists`, `events.jsonl` (the
 * engine events `preview` and `up` write to `--event-log`), `fail-up`.
 */
final class FakePulumi {
  private static final String SCRIPT = """
      #!/bin/sh
      here="$(dirname "$0")"
      log=""; prev=""
      for a in "$@"; do [ "$prev" = "--event-log" ] && log="$a"; prev="$a"; done
      config=no; [ -f Pulumi.prod.yaml ] && config=yes
      echo "$* | passphrase=${PULUMI_CONFIG_PASSPHRASE-} | stack-config=$config" | sed "s|--event-log [^ ]*|--event-log LOG|" >> "$here/calls.log"
      pwd >> "$here/dirs.log"
      case "$1 $2" in
        "version "*) echo "%s" ;;
        "stack select") [ -f "$here/stack-exists" ] || { echo "error: no stack named 'prod' found" >&2; exit 255; } ;;
        "stack init") touch "$here/stack-exists" ;;
        "config set") cat >> "$here/stdin.log" ;;
        "stack output") echo '{}' ;;
        "stack history") echo '[{"kind":"update","startTime":"2026-01-01T00:00:00Z","message":"","environment":{},"config":{},"result":"succeeded","endTime":"2026-01-01T00:00:05Z","version":2,"resourceChanges":{"create":1,"same":1}}]' ;;
        "preview "*|"up "*)
          echo "Updating (prod)"
          if [ "$1" = up ] && [ -f "$here/fail-up" ]; then echo "error: getting credentials: no credentials" >&2; exit 255; fi
          [ -f "$here/events.jsonl" ] && cat "$here/events.jsonl" >> "$log" ;;
      esac
      exit 0
      """;

  final Path dir;

  private FakePulumi(Path dir) { this.dir = dir; }

  /** The script in {@code dir}, answering `pulumi version` with {@code version}. */
  static FakePulumi in(Path dir, String version) {
    try {
      Files.createDirectories(dir);
      Path script = dir.resolve("pulumi");
      Files.writeString(script, SCRIPT.formatted(version));
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
      return new FakePulumi(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The environment the provisioner runs it in: this directory first on PATH, and a passphrase. */
  Map<String, String> env() { return Map.of("PATH", dir + ":/usr/bin:/bin", "PULUMI_CONFIG_PASSPHRASE", "pass"); }

  void stackExists() { write("stack-exists", ""); }

  void failUp() { write("fail-up", ""); }

  /** The engine events `preview` and `up` write: one resource step per `op type urn`, then the summary and the end. */
  void events(List<String> steps, String summary) {
    StringBuilder out = new StringBuilder();
    int seq = 1;
    for (String step : steps) {
      String[] p = step.split(" ");
      out.append("{\"sequence\":").append(seq++).append(",\"timestamp\":1,\"resourcePreEvent\":{\"metadata\":{\"op\":\"").append(p[0])
          .append("\",\"type\":\"").append(p[1]).append("\",\"urn\":\"").append(p[2]).append("\",\"provider\":\"\"}}}\n");
    }
    out.append("{\"sequence\":").append(seq++).append(",\"timestamp\":1,\"summaryEvent\":{\"maybeCorrupt\":false,\"durationSeconds\":1,")
        .append("\"resourceChanges\":").append(summary).append(",\"PolicyPacks\":{}}}\n");
    out.append("{\"sequence\":").append(seq).append(",\"timestamp\":1,\"cancelEvent\":{}}\n");
    write("events.jsonl", out.toString());
  }

  List<String> calls() { return read("calls.log"); }

  List<String> dirs() { return read("dirs.log"); }

  String stdin() { return String.join("\n", read("stdin.log")); }

  private List<String> read(String name) {
    try {
      Path f = dir.resolve(name);
      return Files.exists(f) ? Files.readAllLines(f) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(String name, String text) {
    try {
      Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
