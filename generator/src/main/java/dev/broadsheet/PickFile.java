package dev.broadsheet;

import java.nio.file.Path;
import java.util.List;

/**
 * A pick file that {@code broadsheet new pick} wrote, and what the editor still has to fill in.
 *
 * @param file the new pick file
 * @param missing front matter keys left empty, each with why, such as "title (no source carries this URL …)"
 */
public record PickFile(Path file, List<String> missing) {
  public PickFile {
    missing = List.copyOf(missing);
  }
}
