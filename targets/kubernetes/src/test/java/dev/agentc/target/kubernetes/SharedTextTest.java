package dev.agentc.target.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A value shared by identity is written as it belongs at each place, whether its text is laid out or copied. */
class SharedTextTest {
  @Test
  void sharedValuesAreWrittenAsAtEachPlace() {
    // Parts are set on built objects: a builder would copy them, and they would no longer be shared.
    SortedMap<String, String> labels = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("app", "a", "team", "t")));
    EnvVar env = new EnvVarBuilder().withName("LOG").withValue("INFO").build();
    ObjectMeta meta = new ObjectMeta();
    meta.setName("a");
    meta.setLabels(labels);
    ObjectMeta podMeta = new ObjectMeta();
    podMeta.setLabels(labels);
    Container a = new ContainerBuilder().withName("a").build();
    a.setEnv(new ArrayList<>(List.of(env, env)));
    Container b = new ContainerBuilder().withName("b").build();
    b.setEnv(new ArrayList<>(List.of(env)));
    PodSpec pod = new PodSpec();
    pod.setContainers(new ArrayList<>(List.of(a, b)));
    pod.setNodeSelector(labels);
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(labels);
    DeploymentSpec spec = new DeploymentSpec();
    spec.setSelector(selector);
    spec.setTemplate(new PodTemplateSpec(podMeta, pod));
    Deployment deployment = new Deployment();
    deployment.setMetadata(meta);
    deployment.setSpec(spec);
    String expected = """
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          labels:
            app: a
            team: t
          name: a
        spec:
          selector:
            matchLabels:
              app: a
              team: t
          template:
            metadata:
              labels:
                app: a
                team: t
            spec:
              containers:
              - env:
                - name: LOG
                  value: INFO
                - name: LOG
                  value: INFO
                name: a
              - env:
                - name: LOG
                  value: INFO
                name: b
              nodeSelector:
                app: a
                team: t
        """;
    ManifestWriter writer = new ManifestWriter(1);
    assertEquals(expected, new String(writer.document(deployment), StandardCharsets.UTF_8)); // laid out once per place, then copied
    assertEquals(expected, new String(writer.document(deployment), StandardCharsets.UTF_8)); // every shared value copied
  }
}
