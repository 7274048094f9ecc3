package dev.broadsheet.base;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** A failed read or write as people say it: which file, and why in words, no exception class names. */
public final class IoFailures {
  private IoFailures() {}

  /** {@code e} (an I/O failure, or one wrapping it) as "file: why", or its message. */
  public static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof FileSystemException f) {
      String why = f instanceof AccessDeniedException ? "permission denied"
          : f instanceof NoSuchFileException ? "no such file or folder"
          : f instanceof FileAlreadyExistsException ? "it already exists"
          : f instanceof NotDirectoryException ? "not a folder"
          : f instanceof DirectoryNotEmptyException ? "the folder is not empty"
          : f.getReason() != null ? f.getReason() : "failed";
      return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + why;
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }

  /**
   * The machine's failure among {@code e}'s causes (a full disk, a folder that cannot be written),
   * in words, with what was being done when the failure says: or null when none of its causes is
   * an input or output failure, which makes {@code e} a program's error.
   */
  public static String explain(Throwable e) {
    java.io.IOException disk = null;
    // What was being done: said by the nearest wrapper of the failure that says it.
    UncheckedIOException doing = null;
    for (Throwable t = e; t != null && disk == null; t = t.getCause()) {
      if (t instanceof UncheckedIOException u && u.getMessage() != null && !u.getMessage().equals(u.getCause().toString())) {
        doing = u;
      }
      // Jackson's exceptions are I/O exceptions too, but a mapping error is a program's, not the machine's.
      if (t instanceof java.io.IOException io && !(io instanceof com.fasterxml.jackson.core.JacksonException)) {
        disk = io;
      }
    }
    if (disk == null) {
      return null;
    }
    return (doing == null ? "" : doing.getMessage() + ": ") + describe(disk);
  }
}
