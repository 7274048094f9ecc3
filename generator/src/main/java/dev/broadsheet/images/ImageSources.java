package dev.broadsheet.images;

import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.Requester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Where the bytes of an image come from. A web address is downloaded (unless the build is
 * offline); anything else is a file in the site folder, as a pick's {@code image: images/quay.jpg}
 * names it. Only picks, which the editor writes, can carry such a path (feeds and pages give only
 * http(s) URLs), and the file must stay inside the site folder once links are followed, so a
 * path can never publish a file from elsewhere on the machine.
 *
 * @param siteDir the site folder, absolute
 * @param maxBytes the largest image file accepted
 * @param download fetches a web image; null offline
 */
record ImageSources(Path siteDir, long maxBytes, BiFunction<Requester, String, FetchResult> download) {
  ImageSources {
    siteDir = siteDir.toAbsolutePath().normalize();
  }

  static boolean isWeb(String reference) {
    String lower = reference.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  boolean online() {
    return download != null;
  }

  /** The bytes of the file {@code path} names, relative to the site folder. */
  byte[] file(String path) throws ImageRejected {
    Path file;
    try {
      file = siteDir.resolve(path).normalize();
    } catch (RuntimeException e) {
      throw new ImageRejected("not a web address nor a file path: " + path);
    }
    try {
      if (!file.startsWith(siteDir) || !file.toRealPath().startsWith(siteDir.toRealPath())) {
        throw new ImageRejected("the file " + path + " is outside the site folder");
      }
      if (!Files.isRegularFile(file)) {
        throw new ImageRejected("no such file in the site folder: " + path);
      }
      if (Files.size(file) > maxBytes) {
        throw new ImageRejected("the file is larger than images.maxBytes (" + maxBytes + " bytes)");
      }
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new ImageRejected("no such file in the site folder: " + path);
    } catch (IOException e) {
      throw new ImageRejected("cannot read " + path + ": " + e.getMessage());
    }
  }

  /** The fetcher's words for a missing or login-only resource speak of feeds; these speak of images. */
  private static String imageWords(String error) {
    if (error.startsWith("HTTP 404:") || error.startsWith("HTTP 410:")) {
      return error.substring(0, 8) + ": no image at this address (any more)";
    }
    return error.startsWith("HTTP 401:") ? "HTTP 401: the image needs a login" : error;
  }

  /** Downloads {@code url} for {@code requester} (the source whose feed names it, see AddressPolicy); only called online. */
  byte[] web(String url, Requester requester) throws ImageRejected {
    FetchResult r = download.apply(requester, url);
    if (r.status() != FetchResult.Status.OK) {
      String error = r.error() == null ? r.status().toString() : r.error();
      // The fetcher names its own setting; images have a cap of their own. What belongs to the image
      // itself stays so: too large, not found (news sites do not bring pictures back), an address
      // no setting lets Broadsheet connect to (a cloud metadata address was "asked for again"
      // every hour). Anything else may pass, or be mended by a setting the message names (a 403
      // and fetch.userAgent, a private address): asked for again after a pause.
      boolean lasting = r.status() == FetchResult.Status.FAILED && (error.contains("fetch.maxBytes")
          || error.startsWith("HTTP 404:") || error.startsWith("HTTP 410:") || AddressPolicy.neverAllowed(error));
      throw new ImageRejected(imageWords(error).replace("fetch.maxBytes", "images.maxBytes"), lasting);
    }
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT).strip();
    if (!type.isEmpty() && !type.startsWith("image/") && !type.startsWith("application/octet-stream")
        && !type.startsWith("binary/")) {
      throw new ImageRejected("the server sent " + type.split(";")[0] + ", not an image", true);
    }
    return r.body();
  }
}
