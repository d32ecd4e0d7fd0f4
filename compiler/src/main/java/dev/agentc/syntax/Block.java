package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.List;

/** `{ members }`: a record, a map or a declaration body, depending on where it stands. */
public record Block(List<Member> members, Span span) implements Node {
  public Block {
    members = List.copyOf(members);
  }
}
