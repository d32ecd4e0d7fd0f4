package dev.agentc.syntax;

import dev.agentc.source.Span;
import java.util.Optional;

/** `[doc] [abstract] KIND name [from base] { members }`; `secret x` has no body. */
public record Declaration(
    Optional<Doc> doc, boolean isAbstract, Ident kind, Ident name, Optional<QualifiedName> base, Optional<Block> body, Span span)
    implements TopLevel {}
