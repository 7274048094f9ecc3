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
  private final int window;
  private final ZoneId zone;
  private Keeper keeper;

  ItemWindow(int maxItems, ZoneId zone) {
    this.window = size(maxItems);
    this.zone = zone;
  }

  /** How many items are built for a source that keeps {@code maxItems}. */
  static int size(int maxItems) {
    return (int) Math.min(Integer.MAX_VALUE, 2L * Math.max(1, maxItems));
  }

  @Override
  public SAXHandler createSAXHandler(JDOMFactory factory) {
    keeper = new Keeper(factory, window, zone);
    return keeper;
  }

  /** How many items the document held, kept or not. */
  int offered() {
    return keeper == null ? 0 : keeper.seen;
  }

  /** Tells item elements apart as {@link RawEntry#all} does: feed/entry, rss/channel/item, rss/item, root/item. */
  private static final class ItemPath {
    private final List<String> names = new ArrayList<>();

    void push(String localName) {
      names.add(localName);
    }

    void pop() {
      names.remove(names.size() - 1);
    }

    /** Whether the innermost open element is an item. */
    boolean atItem() {
      String top = names.get(names.size() - 1);
      return switch (names.size()) {
        case 2 -> top.equals(names.get(0).equals("feed") ? "entry" : "item");
        case 3 -> top.equals("item") && names.get(0).equals("rss") && names.get(1).equals("channel");
        default -> false;
      };
    }
  }

  /** An item's rank: its time in epoch seconds (undated is lowest) and its place in the document. */
  private record Ranked(long time, int index, Element item) {
    static final Comparator<Ranked> WORST_FIRST = Comparator.comparingLong(Ranked::time)
        .thenComparing(Comparator.comparingInt(Ranked::index).reversed());
  }

  /** The document builder's handler, detaching the worst item whenever the window overflows. */
  private static final class Keeper extends SAXHandler {
    private final int window;
    private final ZoneId zone;
    private final ItemPath path = new ItemPath();
    private final PriorityQueue<Ranked> best = new PriorityQueue<>(Ranked.WORST_FIRST);
    private int seen;

    Keeper(JDOMFactory factory, int window, ZoneId zone) {
      super(factory);
      this.window = window;
      this.zone = zone;
    }

    @Override
    public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts)
        throws SAXException {
      path.push(localName);
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      Element item = path.atItem() ? getCurrentElement() : null;
      super.endElement(uri, localName, qName);
      path.pop();
      if (item != null) {
        best.add(new Ranked(time(item), seen++, item));
        if (best.size() > window) {
          best.poll().item().detach();
        }
      }
    }

    /** The item's date as the entry will have it; the mapper counts a placeholder date (1970) as none. */
    private long time(Element item) {
      RawEntry raw = new RawEntry(item, null, null, zone);
      List<String> ignored = new ArrayList<>();
      Instant t = raw.published(ignored);
      if (t == null) {
        t = raw.updated(ignored);
      }
      return t == null || t.isBefore(EntryMapper.EARLIEST_NEWS) ? Long.MIN_VALUE : t.getEpochSecond();
    }
  }
}
