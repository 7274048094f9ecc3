package dev.broadsheet.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.ext.util.WrapperTemplateModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default object wrapper with a short way into records, which is what page models
 * are made of. {@code story.lead.article.title} reads each component through its accessor, found
 * once per record class; the default way introspects the class's members by name, builds a bean
 * model and a method descriptor lookup for every step, which was half of the time Freemarker spent
 * rendering a page. Everything else about a record (its other methods, {@code a.effectiveTime()},
 * {@code story.coverage(...)}) and every other object goes the default way, so templates see the
 * same values either way, but one: a record is not text. {@code ${story}} where {@code
 * ${story.lead.article.title}} was meant is an error at its line, not a dump of every component
 * (an article's extracted full text among them, which a source without full text must not show).
 */
final class RecordWrapper extends DefaultObjectWrapper {
  private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method accessor = c.getAccessor();
        // A record nested in a non-public class is still read by its public accessor.
        accessor.setAccessible(true);
        accessors.put(c.getName(), accessor);
      }
      return Map.copyOf(accessors);
    }
  };

  RecordWrapper(Version incompatibleImprovements) {
    super(incompatibleImprovements);
  }

  @Override
  protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
    if (object instanceof Record record) {
      return new RecordModel(record, components.get(record.getClass()));
    }
    return super.handleUnknownType(object);
  }

  /** The model the default wrapper would make: for a record's methods and anything unusual. */
  private TemplateModel beanModel(Record record) throws TemplateModelException {
    return super.handleUnknownType(record);
  }

  /** A record as templates see it: components directly, anything else through the bean model. */
  private final class RecordModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel,
      WrapperTemplateModel {
    private final Record record;
    private final Map<String, Method> accessors;
    private TemplateModel bean;

    RecordModel(Record record, Map<String, Method> accessors) {
      this.record = record;
      this.accessors = accessors;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method accessor = accessors.get(key);
      if (accessor == null) {
        return ((TemplateHashModel) bean()).get(key);
      }
      try {
        return wrap(accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
      }
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
      TemplateModel model = bean();
      return model instanceof MethodCallAwareTemplateHashModel m ? m.getBeforeMethodCall(key)
          : ((TemplateHashModel) model).get(key);
    }

    @Override
    public boolean isEmpty() {
      // What the bean model says of any object that is not a string, collection or map.
      return false;
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }

    private TemplateModel bean() throws TemplateModelException {
      if (bean == null) {
        bean = beanModel(record);
      }
      return bean;
    }
  }
}
