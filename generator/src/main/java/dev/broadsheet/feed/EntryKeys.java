package dev.broadsheet.feed;

import dev.broadsheet.base.StreamHash;
import java.nio.ByteBuffer;
import java.time.ZoneId;
import org.jdom2.Attribute;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What a feed's item is made of, as a key to its {@link KnownEntries known conversion}: everything
 * its conversion reads. That is the item's own tree (names, prefixes, namespaces, attributes, text,
 * comments); the elements around it, without their other content (xml:base, xml:lang, the
 * namespaces in scope, and where the item sits); what it inherits from its channel or feed (the
 * channel's language, an Atom feed's authors); the format read, the address relative links resolve
 * against and the time zone of dates without one. Nothing else of the document: a feed's
 * {@code <updated>} or {@code lastBuildDate} changes with every new item, and must not make the
 * items it kept new.
 *
 * <p>The hash starts with a secret of the site's ({@link KnownEntries.Folder}): {@link StreamHash}
 * can be steered by whoever knows all it hashed, and an item's author (in an aggregator's feed, a
 * stranger) could otherwise write an item whose key is another item's, which would then show as
 * that one.
 */
final class EntryKeys {
  /** A 128-bit key. */
  record Key(long high, long low) {
    static Key of(byte[] digest) {
      ByteBuffer b = ByteBuffer.wrap(digest);
      return new Key(b.getLong(), b.getLong());
    }
  }

  private final long[] secret;
  private final String kind;
  private final String documentBase;
  private final String zone;

  EntryKeys(long[] secret, FeedDocument.Kind kind, String documentBase, ZoneId zone) {
    this.secret = secret.clone();
    this.kind = kind.displayName();
    this.documentBase = documentBase;
    this.zone = zone.getId();
  }

  Key of(RawEntry item) {
    StreamHash h = new StreamHash();
    for (long word : secret) {
      h.word(word);
    }
    h.text(kind).word(documentBase == null ? 0 : 1).text(documentBase == null ? "" : documentBase).text(zone);
    tree(item.element(), h);
    Element parent = item.element().getParentElement();
    for (Element e = parent; e != null; e = e.getParentElement()) {
      h.word(6);
      element(e, h);
    }
    if (parent != null) {
      inherited(parent, h);
      // RSS 1.0's items are the channel's siblings, as are RSS 2.0 items strayed out of it.
      Element channel = RawEntry.first(parent, "channel", null);
      if (channel != null) {
        inherited(channel, h);
      }
    }
    return Key.of(h.digest());
  }

  /** What an item takes from the channel or feed it is in when it says nothing itself: language, authors. */
  private static void inherited(Element from, StreamHash h) {
    h.word(7);
    for (Element child : from.getChildren()) {
      if (child.getName().equals("language") || child.getName().equals("author")) {
        tree(child, h);
      }
    }
  }

  private static void tree(Element e, StreamHash h) {
    element(e, h);
    for (Content c : e.getContent()) {
      if (c instanceof Element child) {
        tree(child, h);
      } else {
        // Text, CDATA, a comment, an entity left unexpanded, a processing instruction: each told apart.
        h.word(4).text(c.getCType().name());
        if (c instanceof org.jdom2.ProcessingInstruction pi) {
          h.text(pi.getTarget()).text(pi.getData());
        } else {
          h.text(c instanceof org.jdom2.EntityRef ref ? ref.getName() : c.getValue());
        }
      }
    }
    h.word(5);
  }

  /** The element itself: its name, namespace, the namespaces it declares and its attributes. */
  private static void element(Element e, StreamHash h) {
    h.word(1).text(e.getNamespaceURI()).text(e.getNamespacePrefix()).text(e.getName());
    for (Namespace n : e.getAdditionalNamespaces()) {
      h.word(2).text(n.getPrefix()).text(n.getURI());
    }
    for (Attribute a : e.getAttributes()) {
      h.word(3).text(a.getNamespaceURI()).text(a.getNamespacePrefix()).text(a.getName()).text(a.getValue());
    }
  }
}
