package dev.broadsheet;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Path;

/**
 * A new site was asked for in a folder that already holds files, without leave to write among
 * them: a mistake in how the command was given, not in any file, so the CLI says it as a usage error.
 */
public final class FolderNotEmptyException extends BroadsheetException {
  private static final long serialVersionUID = 1L;

  FolderNotEmptyException(Path dir) {
    super(new Problem(dir.toString(), java.nio.file.Files.isRegularFile(dir.resolve("broadsheet.yaml"))
        ? "already holds a site (broadsheet.yaml); --force would add only the .gitignore and the workflow it lacks,"
            + " keeping every file there"
        : "is not empty; choose an empty folder, or add --force to write the example files into it (files already"
            + " there are kept)"));
  }
}
