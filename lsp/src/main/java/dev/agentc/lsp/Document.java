package dev.agentc.lsp;

import java.net.URI;
import java.nio.file.Path;

/** An open editor buffer: where it lives, the client's version, and its text. */
record Document(URI uri, Path path, int version, String text) {
  Document withText(int newVersion, String newText) { return new Document(uri, path, newVersion, newText); }
}
