package dev.agentc.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts an option value to an enum constant written in lower case, with an error that lists the choices as typed. */
abstract class LowercaseEnum<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  LowercaseEnum(Class<E> type) { this.type = type; }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(value)) return e;
    String choices = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    throw new TypeConversionException("expected one of " + choices + " but was '" + value + "'");
  }

  static final class Colors extends LowercaseEnum<ColorMode> {
    Colors() { super(ColorMode.class); }
  }

  static final class Formats extends LowercaseEnum<CheckCommand.Format> {
    Formats() { super(CheckCommand.Format.class); }
  }

  static final class BuildFormats extends LowercaseEnum<BuildCommand.Format> {
    BuildFormats() { super(BuildCommand.Format.class); }
  }

  static final class GraphFormats extends LowercaseEnum<GraphCommand.Format> {
    GraphFormats() { super(GraphCommand.Format.class); }
  }

  static final class CostFormats extends LowercaseEnum<CostCommand.Format> {
    CostFormats() { super(CostCommand.Format.class); }
  }
}
