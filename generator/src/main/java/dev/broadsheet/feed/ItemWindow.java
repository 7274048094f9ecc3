package dev.broadsheet.feed;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.jdom2.Element;
import org.jdom2.JDOMFactory;
import org.jdom2.input.sax.SAXHandler;
import org.jdom2.input.sax.SAXHandlerFactory;
import org.xml.sax.SAXException;

/**
 * Keeps, while the document is being built, only the items worth reading, so that reading a feed
 * takes memory in proportion to the items a source keeps ({@code maxItems}), not to the items the
 * feed offers: a 10 MB feed of 190,000 items once took 1.1 GB to keep 100.
 *
 * <p>The rule: as each item element is completed it is ranked as {@link EntryMapper} would rank
 * it (newest by published date, else updated date, read by {@link RawEntry}; undated and
 * implausibly old items last; ties in document order), and when more than the {@link #size window}
 * are in the tree, the worst is detached. Feeds are usually newest-first, and then the kept items
 * are simply the first; an unsorted feed gets the same answer. The window is twice {@code
 * maxItems}, so that items repeating an id (which the mapper folds into one) still leave {@code
 * maxItems} distinct articles. One pass, no second parse.
 */
final class ItemWindow implements SAXHandlerFactory {
  private final int maxItems;
  private final ZoneId zone;
  private Keeper keeper;

  ItemWindow(int maxItems, ZoneId zone) {
    this.maxItems = maxItems;
    this.zone = zone;
  }

  /** How many items are built for a source that keeps {@code maxItems}. */
  static int size(int maxItems) {
    return (int) Math.min(Integer.MAX_VALUE, 2L * Math.max(1, maxItems));
  }

  @Override
  public SAXHandler createSAXHandler(JDOMFactory factory) {
    keeper = new Keeper(factory, size(maxItems), zone);
    return keeper;
  }

  /** How many items the document held, kept or not. */
  int offered() {
    return keeper == null ? 0 : keeper.best.seen();
  }

  /** Tells item elements apart as {@link RawEntry#all} does: feed/entry, rss/channel/item, rss/item, root/item. */
  static boolean isItem(Element element) {
    Element parent = element.getParentElement();
    Element grandparent = parent == null ? null : parent.getParentElement();
    if (grandparent == null) {
      return parent != null && element.getName().equals(parent.getName().equals("feed") ? "entry" : "item");
    }
    return grandparent.isRootElement() && grandparent.getName().equals("rss") && parent.getName().equals("channel")
        && element.getName().equals("item");
  }

  /**
   * The best {@code window} items seen so far: newest first by published date, else updated
   * date; undated and implausibly old (placeholder) dates last; ties in document order.
   */
  static final class Best<T> {
    private record Ranked<T>(long time, int index, T item) {}

    private final PriorityQueue<Ranked<T>> worstFirst = new PriorityQueue<>(
        Comparator.<Ranked<T>>comparingLong(Ranked::time).thenComparing(Ranked::index, Comparator.reverseOrder()));
    private final int window;
    private int seen;

    Best(int window) {
      this.window = window;
    }

    /** Adds the next item of the document; returns the item that fell out of the window, or null. */
    T add(Instant published, Instant updated, T item) {
      Instant t = published != null ? published : updated;
      long time = t == null || t.isBefore(EntryMapper.EARLIEST_NEWS) ? Long.MIN_VALUE : t.getEpochSecond();
      worstFirst.add(new Ranked<>(time, seen++, item));
      return worstFirst.size() > window ? worstFirst.poll().item() : null;
    }

    int seen() {
      return seen;
    }

    List<T> inDocumentOrder() {
      return worstFirst.stream().sorted(Comparator.comparingInt(Ranked::index)).map(Ranked::item).toList();
    }
  }

  /** The document builder's handler, detaching the worst item whenever the window overflows. */
  private static final class Keeper extends SAXHandler {
    private final ZoneId zone;
    private final Best<Element> best;

    Keeper(JDOMFactory factory, int window, ZoneId zone) {
      super(factory);
      this.best = new Best<>(window);
      this.zone = zone;
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      Element item = getCurrentElement();
      super.endElement(uri, localName, qName);
      if (isItem(item)) {
        RawEntry raw = new RawEntry(item, null, zone);
        List<String> ignored = new ArrayList<>();
        RawEntry.Dated published = raw.published(ignored);
        RawEntry.Dated updated = raw.updated(ignored);
        Element dropped = best.add(published == null ? null : published.instant(), updated == null ? null : updated.instant(),
            item);
        if (dropped != null) {
          dropped.detach();
        }
      }
    }
  }
}
