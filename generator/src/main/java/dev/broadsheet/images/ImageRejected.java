package dev.broadsheet.images;

/** An image that cannot be used, and why in plain words; the story is shown without it. */
final class ImageRejected extends Exception {
  private static final long serialVersionUID = 1L;
  private final boolean lasting;

  /** A reason that may pass (a file not there yet, a server error): the next build tries again. */
  ImageRejected(String reason) {
    this(reason, false);
  }

  /**
   * {@code lasting}: the image itself is unusable (not an image, too large, too small), so the
   * cache remembers it and later builds do not download it again.
   */
  ImageRejected(String reason, boolean lasting) {
    super(reason, null, false, false);
    this.lasting = lasting;
  }

  boolean lasting() {
    return lasting;
  }
}
