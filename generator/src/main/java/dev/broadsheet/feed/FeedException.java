package dev.broadsheet.feed;

/** A document that could not be read as a feed; the message says why in plain words. */
public class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
