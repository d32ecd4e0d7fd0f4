package dev.agentc.model;

import java.net.IDN;
import java.net.URI;
import java.util.Optional;

/**
 * The host of a tool's URL, as egress rules and residency name it. {@link URI#getHost} is null for
 * an internationalized host (`https://bücher.example`), which is a registry-based authority to
 * {@code java.net.URI}; such a host is given in its ASCII (punycode) form, the name DNS resolves.
 */
public final class ToolUrls {
  private ToolUrls() {}

  /** The host of an absolute URL, or empty when it has none. */
  public static Optional<String> host(URI uri) {
    if (uri.getHost() != null) return Optional.of(uri.getHost());
    String authority = uri.getAuthority();
    if (authority == null) return Optional.empty();
    String host = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":\\d*$", "");
    try {
      return host.isEmpty() ? Optional.empty() : Optional.of(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
    } catch (IllegalArgumentException notAHostName) {
      return Optional.empty();
    }
  }
}
