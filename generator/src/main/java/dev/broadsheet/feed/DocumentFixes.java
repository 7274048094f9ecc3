package dev.broadsheet.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * Small corrections to a parsed document before it is read: RSS in a namespace is read as plain
 * RSS, an unknown RSS version is read as 2.0, and items outside the channel are moved into it.
 */
final class DocumentFixes {
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  private DocumentFixes() {}

  /** Applies the fixes; returns false when the document is an RSS 0.9/1.0 shell with no channel. */
  static boolean apply(Document document, List<String> warnings) {
    Element root = document.getRootElement();
    if ("rss".equals(root.getName())) {
      if (!root.getNamespaceURI().isEmpty()) {
        // Userland's RSS namespaces are valid but hide every element from Rome.
        warnings.add("read RSS in the namespace " + root.getNamespaceURI() + " as plain RSS");
        dropNamespace(root, root.getNamespace());
      }
      String version = root.getAttributeValue("version");
      if (version == null || !RSS_VERSIONS.contains(version.strip())) {
        root.setAttribute("version", "2.0");
        if (version != null) {
          warnings.add("unknown RSS version '" + version + "'; read as RSS 2.0");
        }
      }
      moveStrayItems(root, warnings);
    }
    if ("RDF".equals(root.getName()) && RawEntry.named(root, "channel").isEmpty()) {
      return false;
    }
    return true;
  }

  private static void moveStrayItems(Element rss, List<String> warnings) {
    List<Element> stray = RawEntry.named(rss, "item");
    if (stray.isEmpty()) {
      return;
    }
    List<Element> channels = RawEntry.named(rss, "channel");
    Element channel;
    if (channels.isEmpty()) {
      channel = new Element("channel", rss.getNamespace());
      rss.addContent(channel);
    } else {
      channel = channels.get(0);
    }
    for (Element item : new ArrayList<>(stray)) {
      item.detach();
      channel.addContent(item);
    }
    warnings.add("found " + stray.size() + " item(s) outside the <channel>; read them as part of it");
  }

  private static void dropNamespace(Element element, org.jdom2.Namespace namespace) {
    if (element.getNamespace().equals(namespace)) {
      element.setNamespace(org.jdom2.Namespace.NO_NAMESPACE);
    }
    for (Element child : element.getChildren()) {
      dropNamespace(child, namespace);
    }
  }
}
