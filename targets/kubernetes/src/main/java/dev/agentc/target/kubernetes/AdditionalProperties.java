package dev.agentc.target.kubernetes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerBuilder;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.PropertyFilter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;

/**
 * Jackson's writer of fabric8's {@code additionalProperties} (every model class has this
 * any-getter), which first reads the map through a method handle and writes nothing when it is
 * empty, as Jackson would. Jackson's own writer reads it by reflection and hands even an empty map
 * to its map serializer, on every object, and agentc's typed objects never carry additional
 * properties; a map with entries (the spec of a custom resource) is written by Jackson's writer,
 * exactly as before.
 */
final class AdditionalProperties extends AnyGetterWriter {
  private static final MethodType GETTER = MethodType.methodType(Map.class, Object.class);

  private final AnyGetterWriter jackson;
  /** The any-getter, as {@code (Object) -> Map}. */
  private final MethodHandle getter;

  private AdditionalProperties(AnyGetterWriter jackson, MethodHandle getter) {
    super(jackson, jackson, jackson.getMember(), null);
    this.jackson = jackson;
    this.getter = getter;
  }

  /** The module that puts this writer in place of Jackson's for every any-getter method returning a map. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("agentc-additional-properties");
    module.setSerializerModifier(new BeanSerializerModifier() {
      @Override
      public BeanSerializerBuilder updateBuilder(SerializationConfig config, BeanDescription bean, BeanSerializerBuilder builder) {
        List<BeanPropertyWriter> properties = builder.getProperties();
        for (int i = 0; i < properties.size(); i++) {
          if (properties.get(i) instanceof AnyGetterWriter any && any.getMember() instanceof AnnotatedMethod method
              && Map.class.isAssignableFrom(method.getRawReturnType())) {
            try {
              properties.set(i, new AdditionalProperties(any, MethodHandles.publicLookup().unreflect(method.getAnnotated()).asType(GETTER)));
            } catch (IllegalAccessException e) {
              // not public: Jackson's writer stays, which reads it by reflection
            }
          }
        }
        return builder;
      }
    });
    return module;
  }

  @Override
  public void getAndSerialize(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
    if (!empty(bean)) jackson.getAndSerialize(bean, gen, provider);
  }

  @Override
  public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
    getAndSerialize(bean, gen, provider);
  }

  @Override
  public void getAndFilter(Object bean, JsonGenerator gen, SerializerProvider provider, PropertyFilter filter) throws Exception {
    if (!empty(bean)) jackson.getAndFilter(bean, gen, provider, filter);
  }

  @Override
  public void resolve(SerializerProvider provider) throws JsonMappingException { jackson.resolve(provider); }

  @Override
  public void fixAccess(SerializationConfig config) { jackson.fixAccess(config); }

  private boolean empty(Object bean) throws Exception {
    try {
      Map<?, ?> map = (Map<?, ?>) getter.invokeExact(bean);
      return map == null || map.isEmpty();
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }
}
