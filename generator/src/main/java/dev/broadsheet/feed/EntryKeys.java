package dev.broadsheet.feed;

import dev.broadsheet.base.StreamHash;
import java.nio.ByteBuffer;
import java.time.ZoneId;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdom2.Attribute;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What a feed's item is made of, as a key to its {@link KnownEntries known conversion}: everything
 * its conversion reads. That is the item's own tree (names, prefixes, namespaces, attributes, text,
 * comments), and everything of the document around it but the other items, since an item inherits
 * from it: the channel's language, an Atom feed's authors, xml:base and xml:lang. It also covers the
 * format read, the address relative links resolve against and the time zone of dates without one.
 */
final class EntryKeys {
  /** A 128-bit key ({@link StreamHash}: the file it is kept in is a cache). */
  record Key(long high, long low) {
    static Key of(byte[] digest) {
      ByteBuffer b = ByteBuffer.wrap(digest);
      return new Key(b.getLong(), b.getLong());
    }
  }

  private final byte[] around;

  private EntryKeys(byte[] around) {
    this.around = around;
  }

  /** The keys of {@code items}, the items of {@code document} read as {@code kind}. */
  static EntryKeys of(Document document, List<RawEntry> items, FeedDocument.Kind kind, String documentBase, ZoneId zone) {
    Set<Element> skipped = Collections.newSetFromMap(new IdentityHashMap<>());
    items.forEach(i -> skipped.add(i.element()));
    StreamHash h = new StreamHash().text(kind.displayName()).text(String.valueOf(documentBase)).text(zone.getId());
    tree(document.getRootElement(), h, skipped);
    return new EntryKeys(h.digest());
  }

  Key of(RawEntry item) {
    StreamHash h = new StreamHash().bytes(around);
    tree(item.element(), h, Set.of());
    return Key.of(h.digest());
  }

  private static void tree(Element e, StreamHash h, Set<Element> skipped) {
    h.word(1).text(e.getNamespaceURI()).text(e.getNamespacePrefix()).text(e.getName());
    for (Namespace n : e.getAdditionalNamespaces()) {
      h.word(2).text(n.getPrefix()).text(n.getURI());
    }
    for (Attribute a : e.getAttributes()) {
      h.word(3).text(a.getNamespaceURI()).text(a.getNamespacePrefix()).text(a.getName()).text(a.getValue());
    }
    for (Content c : e.getContent()) {
      if (c instanceof Element child) {
        if (!skipped.contains(child)) {
          tree(child, h, skipped);
        }
      } else {
        // Text, CDATA, a comment, an entity left unexpanded, a processing instruction: each told apart.
        h.word(4).text(c.getCType().name()).text(c instanceof org.jdom2.ProcessingInstruction pi
            ? pi.getTarget() + "\u0000" + pi.getData() : c instanceof org.jdom2.EntityRef ref ? ref.getName() : c.getValue());
      }
    }
    h.word(5);
  }
}
