package dev.agentc.ir;

import dev.agentc.source.Span;

/** Public exposure through the gateway. */
public record Exposure(String host, boolean tls, String path, Span span) {}
