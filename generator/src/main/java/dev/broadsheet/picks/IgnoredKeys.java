package dev.broadsheet.picks;

import dev.broadsheet.base.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings of front-matter keys Broadsheet does not know, by key. Files brought from another
 * tool carry its keys in every one ({@code layout: post}, {@code comments: true}): a warning per
 * file, every build, buried whatever else a build had to say, so a key many files carry is told
 * once, at its first file, with how many more carry it and where.
 */
final class IgnoredKeys {
  /** From how many files on a key is told once. */
  static final int TOLD_ONCE_FROM = 3;
  /** How many of the other files a key is in are named. */
  private static final int NAMED = 3;

  private final Map<String, List<Problem>> byKey = new LinkedHashMap<>();

  /** Hears that {@code key} is ignored where {@code warning} says. */
  void add(String key, Problem warning) {
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(warning);
  }

  /** The warnings, in the order their keys were first met: one per file, or one per key many files carry. */
  List<Problem> warnings() {
    List<Problem> told = new ArrayList<>();
    for (List<Problem> warnings : byKey.values()) {
      long files = warnings.stream().map(Problem::file).distinct().count();
      if (files < TOLD_ONCE_FROM) {
        told.addAll(warnings);
        continue;
      }
      Problem first = warnings.get(0);
      List<Problem> others = warnings.subList(1, warnings.size());
      StringBuilder where = new StringBuilder();
      for (int i = 0; i < Math.min(NAMED, others.size()); i++) {
        where.append(i == 0 ? "" : ", ").append(others.get(i).where());
      }
      if (others.size() > NAMED) {
        where.append(" and ").append(others.size() - NAMED).append(" more");
      }
      told.add(Problem.warningAt(first.file(), first.line(), first.message() + "; " + others.size()
          + " more files have it too, where it is ignored as well (" + where + ")"));
    }
    return told;
  }
}
