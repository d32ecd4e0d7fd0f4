package dev.agentc.lsp;

import dev.agentc.model.Entity;
import dev.agentc.model.Value;
import java.util.ArrayList;
import java.util.List;

/** One line of the facts that matter when choosing a catalog entry: a GPU's VRAM and prices. */
final class Facts {
  private Facts() {}

  static String of(Entity e) {
    List<String> parts = new ArrayList<>();
    if (e.kind().equals("gpu")) {
      e.get("memory").ifPresent(m -> parts.add(ValueText.of(m) + " VRAM"));
      e.get("price").ifPresent(p -> {
        if (p instanceof Value.MapOf prices) {
          for (Value.MapOf.Entry entry : prices.entries()) parts.add(entry.key() + " " + ValueText.of(entry.value()));
        }
      });
    } else if (e.kind().equals("region") || e.kind().equals("provider")) {
      e.get("jurisdiction").ifPresent(j -> parts.add("jurisdiction " + ValueText.of(j)));
    }
    return String.join(" · ", parts);
  }
}
