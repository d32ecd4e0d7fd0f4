package dev.agentc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolUrlsTest {
  @Test
  void anAsciiHostIsTakenAsWritten() {
    assertEquals(Optional.of("api.example.com"), ToolUrls.host(URI.create("https://api.example.com:8443/v1")));
  }

  @Test
  void anInternationalHostBecomesItsPunycodeName() {
    assertEquals(Optional.of("xn--bcher-kva.example"), ToolUrls.host(URI.create("https://user@bücher.example:8443/v1")));
  }

  @Test
  void aUrlWithoutAuthorityHasNoHost() {
    assertEquals(Optional.empty(), ToolUrls.host(URI.create("https:///v1")));
    assertEquals(Optional.empty(), ToolUrls.host(URI.create("mailto:ops@example.com")));
  }
}
