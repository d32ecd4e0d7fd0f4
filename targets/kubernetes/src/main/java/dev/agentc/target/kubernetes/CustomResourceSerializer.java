package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a custom resource (see {@link CustomResources}) as Jackson's bean serializer does:
 * `apiVersion`, `kind`, `metadata`, then its content (the additional properties) sorted by key.
 * Jackson reads that content through a reflective call of its any-getter, which cost as much as
 * writing the rest of the object.
 */
final class CustomResourceSerializer extends StdSerializer<GenericKubernetesResource> {
  CustomResourceSerializer() { super(GenericKubernetesResource.class); }

  @Override
  public void serialize(GenericKubernetesResource resource, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeStartObject(resource);
    if (resource.getApiVersion() != null) gen.writeStringField("apiVersion", resource.getApiVersion());
    if (resource.getKind() != null) gen.writeStringField("kind", resource.getKind());
    if (resource.getMetadata() != null) provider.defaultSerializeField("metadata", resource.getMetadata(), gen);
    for (Map.Entry<String, Object> e : new TreeMap<>(resource.getAdditionalProperties()).entrySet()) {
      provider.defaultSerializeField(e.getKey(), e.getValue(), gen);
    }
    gen.writeEndObject();
  }
}
