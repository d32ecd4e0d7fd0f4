package dev.agentc.ir;

import dev.agentc.source.Span;
import java.math.BigDecimal;
import java.util.Optional;

/** A monthly spending limit: an agent's `budget` or a policy's `max_monthly`. */
public record Budget(BigDecimal monthly, String currency, Optional<String> alert, Span span) {}
