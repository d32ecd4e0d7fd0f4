package dev.agentc.target.compose;

import dev.agentc.apply.ApplyException;
import dev.agentc.apply.ApplyOptions;
import dev.agentc.apply.Change;
import dev.agentc.apply.Commands;
import dev.agentc.apply.Deployment;
import dev.agentc.apply.PlanResult;
import dev.agentc.apply.Progress;
import dev.agentc.apply.Provisioner;
import dev.agentc.diag.Code;
import dev.agentc.diag.Diagnostic;
import dev.agentc.ir.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `agentc plan`/`apply` for the compose target: `docker compose -p <project> up -d --wait` (or
 * `docker-compose` v1, which has no `--wait`) on the written `compose.yaml`, with the secret files
 * it mounts written beside it (owner-only) from the values supplied at apply time. Compose keeps
 * no state agentc could diff against, so the plan is the one `up`, after checking that a Compose
 * and an engine are there.
 */
public final class ComposeProvisioner implements Provisioner {
  private static final Duration PROBE = Duration.ofSeconds(20);
  private final Commands commands;
  private final Map<String, String> env;

  public ComposeProvisioner() { this(Commands.SYSTEM, System.getenv()); }

  /** @param env the environment the tools see (for `DOCKER_HOST`) */
  ComposeProvisioner(Commands commands, Map<String, String> env) {
    this.commands = commands;
    this.env = env;
  }

  @Override
  public String target() { return "compose"; }

  @Override
  public PlanResult plan(Deployment deployment, ApplyOptions options) {
    List<String> compose = compose(deployment.plan());
    return new PlanResult(deployment, List.of(change(deployment, compose, options)), List.of());
  }

  @Override
  public PlanResult apply(Deployment deployment, ApplyOptions options, Progress progress) {
    Plan plan = deployment.plan();
    List<String> compose = compose(plan);
    writeSecrets(deployment, options);
    List<String> command = command(compose, plan, options);
    progress.step("  " + String.join(" ", command));
    Commands.Result r = commands.run(command, deployment.outDir(), options.timeout().plus(Duration.ofMinutes(1)), progress)
        .orElseThrow(() -> noCompose(plan));
    if (!r.ok()) {
      throw new ApplyException(Diagnostic.of(Code.E0717, plan.span(), String.join(" ", command), "exit code " + r.exit() + "\n" + r.tail())
          .hint("fix what it reports and rerun `agentc apply`: `up` starts only what is not running as built").build());
    }
    return new PlanResult(deployment, List.of(change(deployment, compose, options)), List.of());
  }

  /** `docker compose -p <project> -f compose.yaml up -d --wait [--remove-orphans]`. */
  static List<String> command(List<String> compose, Plan plan, ApplyOptions options) {
    List<String> out = new ArrayList<>(compose);
    out.addAll(List.of("-p", ComposeNames.project(plan), "-f", ComposeFile.PATH, "up", "-d"));
    if (compose.size() == 2) {
      out.add("--wait");
      out.addAll(List.of("--wait-timeout", Long.toString(options.timeout().toSeconds())));
    }
    if (options.prune()) out.add("--remove-orphans");
    return out;
  }

  private static Change change(Deployment d, List<String> compose, ApplyOptions options) {
    return new Change(Change.Action.UPDATE, "Compose project `" + ComposeNames.project(d.plan()) + "`", "services",
        String.join(" ", command(compose, d.plan(), options)), List.of());
  }

  /** The Compose to use (v2 plugin first, then v1), once an engine is known to answer. */
  private List<String> compose(Plan plan) {
    Optional<Commands.Result> v2 = commands.run(List.of("docker", "compose", "version"), Path.of("."), PROBE, Progress.SILENT);
    List<String> compose;
    if (v2.isPresent() && v2.get().ok()) compose = List.of("docker", "compose");
    else if (commands.run(List.of("docker-compose", "version"), Path.of("."), PROBE, Progress.SILENT).filter(Commands.Result::ok).isPresent()) {
      compose = List.of("docker-compose");
    } else {
      throw noCompose(plan);
    }
    Optional<Commands.Result> info = commands.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Path.of("."), PROBE, Progress.SILENT);
    boolean socket = env.containsKey("DOCKER_HOST") || Files.exists(Path.of("/var/run/docker.sock"));
    if (info.map(r -> !r.ok()).orElse(!socket)) {
      String why = info.map(r -> r.tail().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("`docker info` failed"))
          .orElse("no `DOCKER_HOST` and no `/var/run/docker.sock`");
      throw new ApplyException(Diagnostic.of(Code.E0715, plan.span(), plan.name(), "no Docker engine answers (" + why + ")")
          .hint("start Docker (`sudo systemctl start docker`, or Docker Desktop), or point `DOCKER_HOST` at a running engine").build());
    }
    return compose;
  }

  private static ApplyException noCompose(Plan plan) {
    return new ApplyException(Diagnostic.of(Code.E0715, plan.span(), plan.name(), "neither `docker compose` nor `docker-compose` is installed")
        .hint("install Docker with its Compose plugin (https://docs.docker.com/compose/install/), or `docker-compose`, and rerun").build());
  }

  /** `secrets/<key>` beside the compose file, readable by its owner only, for every secret the deploy mounts. */
  private static void writeSecrets(Deployment d, ApplyOptions options) {
    for (var e : options.secrets().require(d.plan()).entrySet()) {
      Path file = d.outDir().resolve(ComposeNames.secretFile(e.getKey())).normalize();
      try {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      } catch (IOException | UnsupportedOperationException ex) {
        throw new ApplyException(Diagnostic.of(Code.E0009, d.plan().span(), file, String.valueOf(ex.getMessage())).build());
      }
    }
  }
}
