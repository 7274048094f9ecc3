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
}
