package dev.broadsheet.base;

/**
 * A map key that stands for one object, not for every object equal to it. For what is looked up
 * by a text of many kilobytes (a summary, a full text) that is the same instance every time:
 * {@link String#hashCode} reads every character of each instance once, which for the summaries
 * of a large store is tens of megabytes a build.
 *
 * @param value the object, compared by identity
 */
public record SameInstance<T>(T value) {
  @Override
  public boolean equals(Object other) {
    return other instanceof SameInstance<?> same && same.value == value;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(value);
  }
}
