package dev.agentc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.apply.Provisioner;
import dev.agentc.target.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI lists every target module of the repository, each with its provisioner, sorted by name. */
class ShippedTest {
  private static List<String> targetModules() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("..", "targets"))) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void listsOneTargetPerModuleUnderTargets() throws IOException {
    assertEquals(targetModules(), Shipped.targets().stream().map(Target::name).toList());
  }

  @Test
  void listsOneProvisionerPerTargetInTheSameOrder() throws IOException {
    assertEquals(targetModules(), Shipped.provisioners().stream().map(Provisioner::target).toList());
  }
}
