package dev.broadsheet.feed;

import dev.broadsheet.base.DateParser;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.jdom2.JDOMException;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Which items of a long feed are worth building into a document at all, so that reading a feed
 * takes memory in proportion to the items a source keeps ({@code maxItems}), not to the items the
 * feed offers: a 10 MB feed of 190,000 items once took 1.1 GB to keep 100.
 *
 * <p>The rule: a first streaming pass (SAX, no tree) keeps, in a bounded heap, the {@link #size
 * window} of items that {@link EntryMapper} would rank first: the newest by published date (else
 * updated date), undated and implausibly old items last, ties in document order. Feeds are
 * usually newest-first, and then these are simply the first items; an unsorted feed gets the same
 * answer. The window is twice {@code maxItems}, so that items repeating an id (which the mapper
 * folds into one) still leave {@code maxItems} distinct articles; the result differs from reading
 * everything only when more than half the window repeats. The second pass then builds the
 * document through {@link Filter}, which drops every other item before it becomes a node.
 */
final class ItemWindow {
  /** RawEntry's published names, then its updated names: an entry's date is the first readable. */
  private static final List<String> DATE_ORDER = List.of("pubDate", "published", "issued", "date", "created",
      "updated", "modified");

  private ItemWindow() {}

  /** How many items are built for a source that keeps {@code maxItems}. */
  static int size(int maxItems) {
    return (int) Math.min(Integer.MAX_VALUE, 2L * Math.max(1, maxItems));
  }

  /**
   * The document-order indexes of the items to build, or null when the document holds no more
   * than the window (or cannot be streamed, in which case the normal parse reports why).
   */
  static Choice choose(String xml, int maxItems, ZoneId zone) {
    int window = size(maxItems);
    Ranker ranker = new Ranker(window, zone);
    try {
      XMLReader reader = secureReader();
      reader.setContentHandler(ranker);
      reader.parse(new InputSource(FeedReader.healing(xml)));
    } catch (SAXException | IOException | JDOMException e) {
      return null;
    }
    return ranker.seen() > window ? new Choice(ranker.kept(), ranker.seen()) : null;
  }

  /** The document-order indexes of the items to build, and how many items the document holds. */
  record Choice(BitSet kept, int offered) {}

  static XMLReader secureReader() throws JDOMException, SAXException {
    XMLReader reader = XMLReaders.NONVALIDATING.createXMLReader();
    reader.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
    reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    return reader;
  }

  /** Tells item elements apart as {@link RawEntry#all} does: feed/entry, rss/channel/item, rss/item, root/item. */
  private static final class ItemPath {
    private final List<String> names = new ArrayList<>();

    /** Pushes {@code localName}; true when it opens an item. */
    boolean push(String localName) {
      names.add(localName);
      return switch (names.size()) {
        case 2 -> localName.equals(names.get(0).equals("feed") ? "entry" : "item");
        case 3 -> localName.equals("item") && names.get(0).equals("rss") && names.get(1).equals("channel");
        default -> false;
      };
    }

    void pop() {
      names.remove(names.size() - 1);
    }

    int depth() {
      return names.size();
    }
  }

  /** An item's rank: its time in epoch seconds (undated is lowest) and its place in the document. */
  private record Ranked(long time, int index) {
    static final Comparator<Ranked> NEWEST_FIRST = Comparator.comparingLong(Ranked::time).reversed()
        .thenComparingInt(Ranked::index);
  }

  /** The first pass: counts items and keeps the {@code window} best ranked in a heap whose head is the worst. */
  private static final class Ranker extends DefaultHandler {
    private final int window;
    private final ZoneId zone;
    private final PriorityQueue<Ranked> best;
    private final ItemPath path = new ItemPath();
    private final List<String[]> dates = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int itemDepth = -1;
    private boolean inDate;
    private int seen;

    Ranker(int window, ZoneId zone) {
      this.window = window;
      this.zone = zone;
      this.best = new PriorityQueue<>(Math.min(window, 1024) + 1, Ranked.NEWEST_FIRST.reversed());
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      if (path.push(localName) && itemDepth < 0) {
        itemDepth = path.depth();
        dates.clear();
      } else if (itemDepth > 0 && path.depth() == itemDepth + 1 && DATE_ORDER.contains(localName)) {
        inDate = true;
        text.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inDate && text.length() < 200) {
        text.append(ch, start, Math.min(length, 200));
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (inDate && path.depth() == itemDepth + 1) {
        dates.add(new String[] {localName, text.toString().strip()});
        inDate = false;
      } else if (path.depth() == itemDepth) {
        rank(new Ranked(time(), seen++));
        itemDepth = -1;
      }
      path.pop();
    }

    private void rank(Ranked item) {
      best.add(item);
      if (best.size() > window) {
        best.poll();
      }
    }

    /** The item's date as the entry will have it: the first readable published date, else updated. */
    private long time() {
      for (String name : DATE_ORDER) {
        for (String[] d : dates) {
          if (d[0].equals(name) && !d[1].isEmpty()) {
            var parsed = DateParser.parse(d[1], zone);
            if (parsed.isPresent()) {
              // The mapper counts a placeholder date (1970) as no date: so does the ranking.
              Instant t = parsed.get();
              return t.isBefore(EntryMapper.EARLIEST_NEWS) ? Long.MIN_VALUE : t.getEpochSecond();
            }
          }
        }
      }
      return Long.MIN_VALUE;
    }

    int seen() {
      return seen;
    }

    BitSet kept() {
      BitSet kept = new BitSet(seen);
      best.forEach(r -> kept.set(r.index()));
      return kept;
    }
  }

  /**
   * The second pass: passes every SAX event on to the document builder except those of items not
   * in {@code kept}. It also stands between the parser and the builder's lexical handler, so that
   * comments and CDATA inside a dropped item are dropped with it.
   */
  static final class Filter extends XMLFilterImpl implements LexicalHandler {
    private static final String LEXICAL = "http://xml.org/sax/properties/lexical-handler";
    private final BitSet kept;
    private final ItemPath path = new ItemPath();
    private LexicalHandler lexical;
    private int index;
    private int skipDepth = -1;

    /** The document builder sets the parser as this filter's parent. */
    Filter(BitSet kept) {
      this.kept = kept;
    }

    @Override
    public void setProperty(String name, Object value) throws org.xml.sax.SAXNotRecognizedException,
        org.xml.sax.SAXNotSupportedException {
      if (LEXICAL.equals(name) && value instanceof LexicalHandler handler) {
        lexical = handler;
        super.setProperty(name, this);
      } else {
        super.setProperty(name, value);
      }
    }

    private boolean skipping() {
      return skipDepth >= 0;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
      boolean item = path.push(localName);
      if (skipping()) {
        return;
      }
      if (item && !kept.get(index++)) {
        skipDepth = path.depth();
        return;
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      int depth = path.depth();
      path.pop();
      if (skipping()) {
        if (depth == skipDepth) {
          skipDepth = -1;
        }
        return;
      }
      super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (!skipping()) {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (!skipping()) {
        super.ignorableWhitespace(ch, start, length);
      }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
      if (!skipping()) {
        super.processingInstruction(target, data);
      }
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      if (lexical != null) {
        lexical.startDTD(name, publicId, systemId);
      }
    }

    @Override
    public void endDTD() throws SAXException {
      if (lexical != null) {
        lexical.endDTD();
      }
    }

    @Override
    public void startEntity(String name) throws SAXException {
      if (lexical != null && !skipping()) {
        lexical.startEntity(name);
      }
    }

    @Override
    public void endEntity(String name) throws SAXException {
      if (lexical != null && !skipping()) {
        lexical.endEntity(name);
      }
    }

    @Override
    public void startCDATA() throws SAXException {
      if (lexical != null && !skipping()) {
        lexical.startCDATA();
      }
    }

    @Override
    public void endCDATA() throws SAXException {
      if (lexical != null && !skipping()) {
        lexical.endCDATA();
      }
    }

    @Override
    public void comment(char[] ch, int start, int length) throws SAXException {
      if (lexical != null && !skipping()) {
        lexical.comment(ch, start, length);
      }
    }
  }
}
