package dev.agentc.ir;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The self-hosted model a model server serves, as declared: what the GPU fit analysis needs.
 *
 * @param name the model's declared name
 * @param params the parameter count (`params`), absent when the model does not say
 * @param precision the weight precision (`precision`); {@link dev.agentc.source.Span#NONE} when defaulted
 * @param context the context window in tokens (`context`); {@link dev.agentc.source.Span#NONE} when defaulted
 * @param engine the serving engine (vllm, tgi, ollama)
 */
public record ServedModel(String name, Optional<Sourced<BigDecimal>> params, Sourced<String> precision, Sourced<Long> context, String engine) {}
