package dev.broadsheet.fetch;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * On whose behalf a request is made, as {@link AddressPolicy} judges it: the editor (an address
 * written in broadsheet.yaml, a pick, a URL typed on the command line), the sources whose feeds led
 * to it (a page, a picture, a feed a page names), or both (a configured source's own feed). A type
 * of its own, so that no source id ("editor") can pass for the editor.
 *
 * @param editor whether the editor wrote the address asked for
 * @param sources the ids of the sources on whose behalf it is asked
 */
public record Requester(boolean editor, Set<String> sources) {
  /** The editor alone: a pick, a typed URL. */
  public static final Requester EDITOR = new Requester(true, Set.of());

  public Requester {
    sources = Set.copyOf(sources);
  }

  /** Source {@code id}: what its feed links to. */
  public static Requester source(String id) {
    return new Requester(false, Set.of(id));
  }

  /**
   * Each of {@code ids} (a picture several feeds show); with none, nobody's (a picture a picked
   * page names, which neither a source nor the editor wrote): public addresses only.
   */
  public static Requester sources(Collection<String> ids) {
    return new Requester(false, Set.copyOf(ids));
  }

  /** A configured source's own feed, whose address the editor wrote (an OPML list's is not: {@link #source}). */
  public static Requester configuredFeed(String id) {
    return new Requester(true, Set.of(id));
  }

  /** A name for results and messages: the first source's id, else "editor". */
  String label() {
    return sources.isEmpty() ? "editor" : new TreeSet<>(sources).first();
  }
}
