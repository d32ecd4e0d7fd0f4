package dev.agentc.target.kubernetes.apply;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;

/**
 * The one call that writes an object: server-side apply as field manager `agentc`. Behind an
 * interface because fabric8's CRUD mock server does not accept apply patches, so tests of whole
 * create/update/prune flows swap it for create-or-update.
 */
@FunctionalInterface
interface ServerSideApply {
  String FIELD_MANAGER = "agentc";

  /**
   * Applies {@code object} and returns what the server now holds (or would hold, on a dry run).
   *
   * @param force take over fields another field manager owns (`--force-conflicts`)
   */
  GenericKubernetesResource apply(KubernetesClient client, Kinds.Kind kind, GenericKubernetesResource object, boolean dryRun, boolean force);

  /** The real thing: `PATCH …?fieldManager=agentc[&force=true][&dryRun=All]` with `application/apply-patch+yaml`. */
  ServerSideApply FABRIC8 = (client, kind, object, dryRun, force) -> {
    Resource<GenericKubernetesResource> resource = Handles.resource(client, kind, object);
    var op = dryRun ? resource.dryRun() : resource;
    var apply = op.fieldManager(FIELD_MANAGER);
    return (force ? apply.forceConflicts() : apply).serverSideApply();
  };
}
