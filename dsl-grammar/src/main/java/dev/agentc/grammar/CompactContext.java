package dev.agentc.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base of every parse-tree node of {@link AgentParser}. A project has about as many nodes as
 * tokens, and two of three nodes have one child ({@code name}, {@code expr} over {@code primary},
 * ...): a node keeps an only child in its one field for children, and an array only from the second
 * child on, where {@link ParserRuleContext} would give each node an {@link ArrayList} and its array.
 * The inherited {@link #children} list stays null; every accessor of children is overridden.
 * A node also records which alternative of its rule the parser took, which tells the alternatives
 * of a rule without labels apart (a label costs a second node).
 */
public class CompactContext extends ParserRuleContext {
  /** The children: null, the only child, or from the second child on an array of them all. */
  private Object kids;
  private int count;
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
    if (count == 0) {
      kids = t;
    } else if (kids instanceof ParseTree[] all && count < all.length) {
      all[count] = t;
    } else {
      // not Arrays.copyOf, which makes an array of a type other than Object[] by reflection
      ParseTree[] all = new ParseTree[Math.max(4, count * 2)];
      if (kids instanceof ParseTree[] old) System.arraycopy(old, 0, all, 0, count);
      else all[0] = (ParseTree) kids;
      all[count] = t;
      kids = all;
    }
    count++;
    return t;
  }

  @Override
  public void removeLastChild() {
    if (count == 0) return;
    count--;
    if (kids instanceof ParseTree[] all) all[count] = null;
    else kids = null;
  }

  @Override
  public int getChildCount() { return count; }

  @Override
  public ParseTree getChild(int i) {
    if (i < 0 || i >= count) return null;
    return kids instanceof ParseTree[] all ? all[i] : (ParseTree) kids;
  }

  @Override
  public <T extends ParseTree> T getChild(Class<? extends T> type, int i) {
    int seen = -1;
    for (int c = 0; c < count; c++) {
      ParseTree child = getChild(c);
      if (type.isInstance(child) && ++seen == i) return type.cast(child);
    }
    return null;
  }

  @Override
  public TerminalNode getToken(int ttype, int i) {
    int seen = -1;
    for (int c = 0; c < count; c++) {
      if (getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == ttype && ++seen == i) return t;
    }
    return null;
  }

  @Override
  public List<TerminalNode> getTokens(int ttype) {
    List<TerminalNode> tokens = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      if (getChild(c) instanceof TerminalNode t && t.getSymbol().getType() == ttype) tokens.add(t);
    }
    return tokens;
  }

  @Override
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> type) {
    List<T> contexts = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      ParseTree child = getChild(c);
      if (type.isInstance(child)) contexts.add(type.cast(child));
    }
    return contexts;
  }

  /** As {@link ParserRuleContext#copyFrom}, which reads the error nodes from the unused {@link #children}. */
  @Override
  public void copyFrom(ParserRuleContext ctx) {
    super.copyFrom(ctx);
    for (int c = 0; c < ctx.getChildCount(); c++) {
      if (ctx.getChild(c) instanceof ErrorNode e) addErrorNode(e);
    }
  }
}
