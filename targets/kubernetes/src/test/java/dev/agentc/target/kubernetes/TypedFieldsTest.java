package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.agentc.ir.Plan;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed objects are written without their additional properties (see {@link TypedFields}): agentc must leave them empty. */
class TypedFieldsTest {
  /** Writes every object as fabric8 would: the additional properties of typed objects included. */
  private static final ObjectMapper WITH_ADDITIONAL_PROPERTIES = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS))
      .build();

  @Test
  void noExampleObjectLosesAnAdditionalProperty() throws Exception {
    int objects = 0;
    for (Path example : Files.list(Projects.EXAMPLES).filter(Files::isDirectory).sorted().toList()) {
      for (Plan plan : Projects.plans(example)) {
        if (!Projects.TARGET.requested(plan) || Projects.check(plan).stream().anyMatch(d -> d.isError())) continue;
        for (KubernetesObjects.Cluster cluster : KubernetesObjects.of(plan)) {
          for (HasMetadata o : cluster.objects()) {
            assertEquals(WITH_ADDITIONAL_PROPERTIES.valueToTree(o), KubernetesObjects.tree(o), () -> example + ": " + o.getKind() + " " + o.getMetadata().getName());
            objects++;
          }
        }
      }
    }
    assertTrue(objects > 100, "the examples' objects were compared");
  }

  @Test
  void customResourcesKeepTheirContent() {
    var resource = CustomResources.of("keda.sh/v1alpha1", "ScaledObject", new ObjectMeta(), Map.of("k", "v"));
    assertEquals("v", KubernetesObjects.tree(resource).path("spec").path("k").asText());
  }
}
