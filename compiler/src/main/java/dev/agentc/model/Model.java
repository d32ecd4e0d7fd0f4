package dev.agentc.model;

/** The typed model of a checked project: the sole input of every later stage. */
public record Model() {}
