package dev.agentc.ir;

/** What a workload is, which decides its shape in every target. */
public enum Role {
  /** An agent that takes requests on its port. */
  SERVICE,
  /** An agent with no port, fed by a queue. */
  WORKER,
  /** The OpenAI-compatible server of a self-hosted model. */
  MODEL_SERVER,
  /** The router in front of a swarm's members. */
  ROUTER,
  /** A state store, queue or vector database. */
  STORE;

  public boolean hasPort() { return this != WORKER; }
}
