package dev.agentc.load;

import static dev.agentc.load.LoaderTestSupport.dump;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The std modules come from the classpath, parsed once. */
class StdLibTest {
  @Test
  void allStdModulesLoadWithoutDiagnostics() {
    StdLib.Loaded std = StdLib.get();
    assertTrue(std.diagnostics().isEmpty(), () -> dump(std.diagnostics()));
    assertEquals(List.of("std.cloud", "std.gpu", "std.provider", "std.region", "std.tee"),
        std.modules().stream().map(Module::name).toList());
    for (Module m : std.modules()) {
      assertTrue(m.std());
      assertTrue(m.unit().file().path().startsWith("<std>/"), m.unit().file().path());
      assertTrue(m.unit().file().length() > 0);
    }
    assertEquals("<std>/cloud.agent", std.modules().get(0).unit().file().path());
  }

  @Test
  void parsedOncePerJvmAndThreadSafe() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<StdLib.Loaded>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) fs.add(pool.submit(StdLib::get));
      StdLib.Loaded first = fs.get(0).get();
      for (Future<StdLib.Loaded> f : fs) assertSame(first, f.get());
      assertSame(first.modules().get(0), StdLib.modules().get(0));
    } finally {
      pool.shutdownNow();
    }
  }
}
