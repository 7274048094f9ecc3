package dev.broadsheet.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** At most N requests under way to one host at a time, so that many sources on one site stay polite. */
final class HostLimits {
  private final ConcurrentHashMap<String, Semaphore> permits = new ConcurrentHashMap<>();
  private final int perHost;

  HostLimits(int perHost) {
    this.perHost = perHost;
  }

  Semaphore forUrl(URI url) {
    String host = url.getHost();
    String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
    return permits.computeIfAbsent(key, k -> new Semaphore(perHost, true));
  }
}
