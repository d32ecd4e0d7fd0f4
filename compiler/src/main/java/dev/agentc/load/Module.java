package dev.agentc.load;

import dev.agentc.syntax.SourceUnit;

/**
 * One parsed file as a module. {@code name} is its `module` clause, or else its path below the
 * project root with `/` turned into `.` and `.agent` dropped ({@code fin/common.agent} →
 * {@code fin.common}). {@code std} marks the modules shipped in the stdlib.
 */
public record Module(String name, SourceUnit unit, boolean std) {}
