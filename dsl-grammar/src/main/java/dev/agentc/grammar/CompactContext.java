package dev.agentc.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of every parse-tree node of {@link AgentParser}. Most nodes have one to three children,
 * so their child list starts at four slots rather than ArrayList's ten: a project has about as many
 * nodes as tokens.
 */
public class CompactContext extends ParserRuleContext {
  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) children = new ArrayList<>(4);
    return super.addAnyChild(t);
  }
}
