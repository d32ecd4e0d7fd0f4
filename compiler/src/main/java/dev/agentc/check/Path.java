package dev.agentc.check;

/**
 * Where a value sits, as diagnostics name it: `support.scale.replicas`, `env key`. Made for every
 * value checked, but spelled out only when a diagnostic needs it.
 */
record Path(Path parent, String separator, String name) {
  static Path of(String name) { return new Path(null, "", name); }

  /** `path.name`, or `name` under an empty path. */
  Path field(String field) { return new Path(this, ".", field); }

  /** The path with {@code text} appended as is: `path key`. */
  Path suffixed(String text) { return new Path(this, "", text); }

  @Override
  public String toString() {
    if (parent == null) return name;
    String head = parent.toString();
    return separator.equals(".") && head.isEmpty() ? name : head + separator + name;
  }
}
