package dev.broadsheet.base;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Records built from untrusted text (a feed entry, an extraction) made safe for XML in one pass,
 * so that no record lists its fields to clean and a field added later cannot be forgotten: every
 * {@code String} component is cleaned with {@link XmlText#clean(String)}, one whose name ends in
 * {@code Html} with {@link XmlText#cleanHtml}, every {@code List<String>} with
 * {@link XmlText#clean(List)}, each after UTF-8 read as windows-1252 ({@link Mojibake}) and C1
 * controls ({@link C1Controls}) are read as meant and direction controls closed within the text
 * ({@link BidiControls}; not in addresses and ids, nor in HTML, whose elements contain them);
 * other components are kept as they are.
 */
public final class XmlRecords {
  /**
   * Each record class's components and canonical constructor, looked up once per class: looking
   * them up for every record cost 10 µs a record, more than a feed item takes to read.
   */
  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      try {
        return new Shape(components, type.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
      }
    }
  };

  private record Shape(RecordComponent[] components, Constructor<?> constructor) {}

  private XmlRecords() {}

  /** A copy of {@code record}, made by its canonical constructor, with every text component cleaned. */
  public static <R extends Record> R cleaned(R record) {
    Shape shape = SHAPES.get(record.getClass());
    Object[] values = new Object[shape.components().length];
    try {
      for (int i = 0; i < values.length; i++) {
        values[i] = cleaned(shape.components()[i], shape.components()[i].getAccessor().invoke(record));
      }
      @SuppressWarnings("unchecked")
      R copy = (R) shape.constructor().newInstance(values);
      return copy;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy a " + record.getClass().getName(), e);
    }
  }

  /**
   * Whether a component is an address or an id (guid, link, url, imageUrl, image, canonicalUrl): those
   * name a thing rather than say something, and reading their C1 controls as meant would change
   * which article they are.
   */
  private static boolean isAddressOrId(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.equals("guid") || n.equals("id") || n.equals("link") || n.equals("image") || n.endsWith("url");
  }

  @SuppressWarnings("unchecked")
  private static Object cleaned(RecordComponent component, Object value) {
    if (component.getType() == String.class) {
      if (isAddressOrId(component.getName())) {
        return XmlText.clean((String) value);
      }
      if (component.getName().endsWith("Html")) {
        return XmlText.cleanHtml(C1Controls.asMeant(Mojibake.repairedHtml((String) value)));
      }
      return XmlText.clean(BidiControls.closed(C1Controls.asMeant(Mojibake.repaired((String) value))));
    }
    boolean texts = component.getGenericType() instanceof ParameterizedType p && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == String.class;
    if (!texts) {
      return value;
    }
    // Null gives an empty list, as XmlText.clean(List) does.
    return XmlText.clean(value == null ? null
        : ((List<String>) value).stream().map(v -> BidiControls.closed(C1Controls.asMeant(Mojibake.repaired(v)))).toList());
  }
}
