package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentc.ir.Plan;
import dev.agentc.target.BuildOptions;
import dev.agentc.target.Output;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Output is a pure function of the plan: the same bytes on every run, from fresh compilations and fresh targets (plans that pass the checks). */
class DeterminismTest {
  @Test
  void everyExampleEmitsTheSameBytesTwice() throws Exception {
    for (Path example : java.nio.file.Files.list(Projects.EXAMPLES).filter(java.nio.file.Files::isDirectory).sorted().toList()) {
      var first = Projects.plans(example);
      var second = Projects.plans(example);
      for (int i = 0; i < first.size(); i++) {
        Plan a = first.get(i);
        if (!Projects.TARGET.requested(a) || Projects.check(a).stream().anyMatch(d -> d.isError())) continue;
        Output one = Projects.emit(a);
        Output two = new KubernetesTarget().emit(second.get(i), BuildOptions.DEFAULT);
        assertEquals(one.files().size(), two.files().size());
        for (int f = 0; f < one.files().size(); f++) {
          assertEquals(one.files().get(f).path(), two.files().get(f).path());
          assertArrayEquals(one.files().get(f).bytes(), two.files().get(f).bytes(), example + "/" + a.name() + "/" + one.files().get(f).path());
        }
        assertEquals(one.summary(), two.summary());
      }
    }
  }
}
