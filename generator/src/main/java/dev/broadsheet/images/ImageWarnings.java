package dev.broadsheet.images;

import dev.broadsheet.base.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings of the images not shown, one for each, but one for many of one host that failed
 * alike: a host that is gone fails every picture it served with the same words, and fifty lines of
 * them buried the build's other problems (a feed that failed) in every log.
 */
final class ImageWarnings {
  /** From this many images of one host failing alike, they are told in one warning. */
  static final int GROUPED_FROM = 3;

  /** The times a failed download's warning ends with (see ImageStage): not part of what failed. */
  private static final String PAUSE = " \\(on [^;()]+; asked for again from [^()]+\\)$";

  private final Map<String, List<Failed>> byHostAndError = new LinkedHashMap<>();

  private record Failed(String where, String title, String reference, String error) {}

  /** Notes that the image {@code reference} of the article titled {@code title} is not shown, for {@code error}. */
  void add(String where, String title, String reference, String error) {
    String host = host(reference);
    // Failed at different builds, the same failure says different times: grouped by its reason.
    String key = host == null ? "\0" + reference : host + "\0" + error.replaceFirst(PAUSE, "");
    byHostAndError.computeIfAbsent(key, k -> new ArrayList<>()).add(new Failed(where, title, reference, error));
  }

  /** The warnings, in the order the images were noted (newest story first). */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    byHostAndError.forEach((key, failed) -> {
      Failed first = failed.get(0);
      if (failed.size() < GROUPED_FROM) {
        failed.forEach(f -> problems.add(one(f)));
      } else {
        problems.add(Problem.warning(host(first.reference()), "the lead images of "
            + failed.size() + " stories from this host are not shown: " + first.error() + "; the first: '"
            + first.title() + "' (" + first.reference() + ")"));
      }
    });
    return problems;
  }

  private static Problem one(Failed f) {
    return Problem.warning(f.where(), "the lead image of '" + f.title() + "' is not shown: " + f.error());
  }

  /** The site a web image is on ({@code https://host:port/}); null for a file of the site folder or an address without a host. */
  private static String host(String reference) {
    if (!ImageSources.isWeb(reference)) {
      return null;
    }
    try {
      URI uri = URI.create(reference.strip());
      return uri.getRawAuthority() == null ? null
          : (uri.getScheme() + "://" + uri.getRawAuthority() + "/").toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
