package dev.agentc.ir;

import dev.agentc.source.Span;
import java.util.Optional;

/** Requests admitted per unit of time ({@code unit}: Second, Minute, Hour), and the burst above it. */
public record RateLimit(long requests, String unit, Optional<Integer> burst, Span span) {}
