package dev.broadsheet.feed;

/** A document that could not be read as a feed; the message says why in plain words. */
public class FeedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient java.util.List<String> alternates;

  public FeedException(String message) {
    this(message, java.util.List.of());
  }

  /** A document that is not a feed but names feeds ({@code <link rel="alternate">}) to try instead. */
  public FeedException(String message, java.util.List<String> alternates) {
    super(message);
    this.alternates = java.util.List.copyOf(alternates);
  }

  /** Feed URLs the document points to, absolute, best first; empty when none. */
  public java.util.List<String> alternates() {
    return alternates;
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
    this.alternates = java.util.List.of();
  }
}
