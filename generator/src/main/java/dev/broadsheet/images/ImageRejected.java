package dev.broadsheet.images;

/** An image that cannot be used, and why in plain words; the story is shown without it. */
final class ImageRejected extends Exception {
  private static final long serialVersionUID = 1L;

  ImageRejected(String reason) {
    super(reason, null, false, false);
  }
}
