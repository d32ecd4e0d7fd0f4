package dev.agentc.lsp;

import java.util.List;

/**
 * The unit LSP positions count columns in: UTF-16 code units (the protocol's default) or UTF-8
 * bytes, when the client offers {@code positionEncoding} utf-8.
 */
enum Encoding {
  UTF16("utf-16"),
  UTF8("utf-8");

  final String lspName;

  Encoding(String lspName) { this.lspName = lspName; }

  /** UTF-8 when the client offers it (it saves converting on both sides), else UTF-16. */
  static Encoding negotiate(List<String> offered) {
    return offered != null && offered.contains(UTF8.lspName) ? UTF8 : UTF16;
  }

  /** Units this code point takes. */
  int units(int codePoint) {
    return switch (this) {
      case UTF16 -> Character.charCount(codePoint);
      case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    };
  }
}
