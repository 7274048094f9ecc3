package dev.broadsheet.images;

/** The site's own picture files that picks name, as an input of the pages. */
public final class PickPictures {
  private PickPictures() {}

  /**
   * The state (size, modification time and file identity, or "none") of each file in the site folder
   * that {@code references} name (a pick's {@code image: images/quay.jpg}; web addresses are left
   * out), in order: an input of the pages that no other file the build reads stands for, so that a
   * picture replaced or deleted is published even when nothing else changed.
   */
  public static String of(java.nio.file.Path siteDir, java.util.Collection<String> references) {
    StringBuilder state = new StringBuilder();
    references.stream().filter(r -> r != null && !r.isBlank() && !ImageSources.isWeb(r.strip())).sorted()
        .forEach(r -> {
          String seen;
          try {
            // Size, time to the nanosecond where kept, and identity: what a state that may change with
            // the clock (FileStates.stateOf, unsure of a file changed a moment ago) would make differ
            // between two builds of the same inputs.
            seen = dev.broadsheet.base.FileStates.identity(java.nio.file.Files.readAttributes(siteDir.resolve(r.strip()),
                java.nio.file.attribute.BasicFileAttributes.class));
          } catch (java.io.IOException | RuntimeException e) {
            seen = "none";
          }
          state.append(r.strip()).append(' ').append(seen).append('\n');
        });
    return state.toString();
  }
}
