package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.type.MapType;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import java.io.IOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeMap;

/**
 * Jackson's serializer of a type whose values agentc shares by identity between objects, wrapped
 * to write each value through {@link YamlText#shared}: a value already laid out at the same place
 * is copied rather than serialized again. Other generators (a JSON tree) get the plain serializer.
 */
final class SharedTextSerializer extends JsonSerializer<Object> implements ContextualSerializer, ResolvableSerializer {
  /**
   * The model classes whose instances are built once and shared (see {@link Labels},
   * {@link PodTemplates}, {@link Controllers}, {@link Services}, {@link NetworkPolicies}). A
   * class here whose instances were not shared would only cost a lookup; the text would be the same.
   */
  private static final Set<Class<?>> SHARED = Set.of(ObjectMeta.class, LabelSelector.class, EnvVar.class, ContainerPort.class, Probe.class,
      ResourceRequirements.class, Affinity.class, PodSecurityContext.class, SecurityContext.class, DeploymentStrategy.class, ServicePort.class,
      NetworkPolicyEgressRule.class);

  /** The maps agentc shares are read-only and sorted (label maps and selectors, see {@link Labels}); it builds the others per object. */
  private static final Class<?> SHARED_MAP = Collections.unmodifiableSortedMap(new TreeMap<>()).getClass();

  private final JsonSerializer<Object> delegate;

  @SuppressWarnings("unchecked")
  private SharedTextSerializer(JsonSerializer<?> delegate) { this.delegate = (JsonSerializer<Object>) delegate; }

  /** The module that wraps the serializers of the shared model classes and maps. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("agentc-shared-text");
    module.setSerializerModifier(new BeanSerializerModifier() {
      @Override
      public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
        return SHARED.contains(bean.getBeanClass()) ? new SharedTextSerializer(serializer) : serializer;
      }

      @Override
      public JsonSerializer<?> modifyMapSerializer(SerializationConfig config, MapType type, BeanDescription bean, JsonSerializer<?> serializer) {
        return type.getRawClass() == SHARED_MAP ? new SharedTextSerializer(serializer) : serializer;
      }
    });
    return module;
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (gen instanceof YamlText yaml) yaml.shared(value, () -> delegate.serialize(value, gen, provider));
    else delegate.serialize(value, gen, provider);
  }

  @Override
  public void serializeWithType(Object value, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer) throws IOException {
    delegate.serializeWithType(value, gen, provider, typeSer);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Object value) { return delegate.isEmpty(provider, value); }

  @Override
  public Class<Object> handledType() { return delegate.handledType(); }

  @Override
  public JsonSerializer<?> getDelegatee() { return delegate; }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException {
    if (delegate instanceof ResolvableSerializer r) r.resolve(provider);
  }

  @Override
  public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property) throws JsonMappingException {
    if (!(delegate instanceof ContextualSerializer c)) return this;
    JsonSerializer<?> contextual = c.createContextual(provider, property);
    return contextual == delegate ? this : new SharedTextSerializer(contextual);
  }
}
