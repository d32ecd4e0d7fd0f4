package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.List;

/**
 * Writes fabric8's typed model objects by their typed fields alone, without the map of
 * additional properties every one of them carries. Jackson reads that map through a reflective
 * call on every object it writes (a tenth of the writing time), and agentc never puts anything
 * there: what a typed object cannot hold is built as a {@link GenericKubernetesResource} (see
 * {@link CustomResources}), whose content is that map and which keeps it.
 */
final class TypedFields {
  private static final String MODEL = "io.fabric8.kubernetes.api.model";

  private TypedFields() {}

  private static boolean typed(Class<?> type) { return type.getName().startsWith(MODEL) && !GenericKubernetesResource.class.isAssignableFrom(type); }

  /**
   * The module that leaves the additional properties out of the serializers of typed model
   * classes, and writes custom resources without reflection.
   */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("agentc-typed-fields");
    module.addSerializer(GenericKubernetesResource.class, new CustomResourceSerializer());
    module.setSerializerModifier(new BeanSerializerModifier() {
      // The any-getter is one of the bean's properties, which writes its map's entries where it stands.
      @Override
      public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
        if (typed(bean.getBeanClass())) properties.removeIf(p -> p instanceof AnyGetterWriter);
        return properties;
      }
    });
    return module;
  }
}
