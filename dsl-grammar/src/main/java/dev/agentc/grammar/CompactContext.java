package dev.agentc.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base of every parse-tree node of {@link AgentParser}. Most nodes have one to three children,
 * so their child list starts at four slots rather than ArrayList's ten: a project has about as many
 * nodes as tokens. A node also records which alternative of its rule the parser took, which tells
 * the alternatives of a rule without labels apart (a label costs a second node).
 */
public class CompactContext extends ParserRuleContext {
  /** The alternative taken, numbered from 1 in the grammar's order; 0 when none was. */
  private int altNumber;

  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public int getAltNumber() { return altNumber; }

  @Override
  public void setAltNumber(int altNumber) { this.altNumber = altNumber; }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) children = new ArrayList<>(4);
    return super.addAnyChild(t);
  }
}
