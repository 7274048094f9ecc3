package dev.broadsheet.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a short block of text says about itself, in the languages the extractor knows (English,
 * German, French, Spanish, Italian, Portuguese, Dutch, Russian, Indonesian, Japanese, Korean,
 * Chinese). Every test here is about shape as much as words: a label is the whole block, a prompt
 * addresses the reader, a credit names who reported or took the photo. A sentence that merely starts
 * with one of these words ("Reuters reported that…", "Photos taken on Monday show…") is none of them.
 */
final class Phrases {
  private static final String END = "\\s*[:：.…|»›→>\\-–—]*\\s*$";

  /** Whole-block labels: ad markers, section labels, widget leftovers. */
  private static final Pattern LABEL = Pattern.compile("(?iu)^\\s*[«‹(\\[]?\\s*("
      // English
      + "advertisement|advertising|ad|ads|sponsored( content)?|promoted( content)?|paid (content|post)|partner content"
      + "|related|related (articles?|stories|story|coverage|content|links|posts|news|topics|videos?)|more|more stories"
      + "|read more|read next|read also|also read|see also|recommended|recommended for you|recommended stories"
      + "|you (may|might) also (like|enjoy|be interested in)|most (read|popular|viewed|shared)|trending( now)?"
      + "|top stories|don'?t miss|must read|share|share (this|the) (article|story|post|page)|share on .{1,20}"
      + "|like this|loading|like loading|comments?|\\d+ comments?|leave a (comment|reply)|post a comment"
      + "|caption|close|hide caption|toggle caption|enlarge (this )?image|image|photo|video|watch|listen|play"
      + "|skip (advertisement|ad)|continue reading( the main story)?|(story|article) continues (below|after advertisement)"
      + "|supported by|tags|topics|filed under|print|email|save|subscribe|sign up|newsletter|log ?in|sign in"
      + "|about the author|reuters|ap|afp|dpa|associated press"
      // German, French, Spanish, Italian, Portuguese, Dutch
      + "|anzeige|werbung|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|teilen|kommentare"
      + "|publicité|lire aussi|à lire aussi|lire la suite|voir aussi|sur le même sujet|partager|commentaires"
      + "|publicidad|anuncio|ver también|lee también|leer más|te puede interesar|noticias relacionadas|compartir"
      + "|comentarios|pubblicità|leggi tutto|potrebbe interessarti|articoli correlati|condividi|commenti"
      + "|publicidade|leia também|leia mais|veja também|compartilhe|comentários|advertentie|lees ook|lees meer"
      + "|gerelateerd|reacties"
      // Russian, Indonesian, Japanese, Korean, Chinese
      + "|реклама|читайте также|также читайте|читать далее|поделиться|комментарии|по теме"
      + "|iklan|baca juga|terkait|bagikan|sukai ini|suka memuat|komentar"
      + "|広告|関連記事|シェア|コメント|광고|관련기사|공유|댓글|广告|相关文章|分享|评论"
      + ")" + END);

  /** "More politics stories", "More from The Courier", "Mehr aus dem Ressort": a heading over links. */
  private static final Pattern MORE = Pattern.compile(
      "(?iu)^\\s*(more|other|latest|top|popular) (\\S+ ){0,3}(stories|news|articles|headlines|videos|coverage)" + END
          + "|^\\s*more from .{1,40}$|^\\s*(mehr|weitere) (aus|zum|von) .{1,40}$"
          + "|^\\s*(plus|autres) (de|d') .{1,40}$|^\\s*(más|otras) (de|noticias) .{0,40}$");

  /**
   * What calls to action ask for: the site's newsletter, app or social accounts, a click. Not
   * "subscription" or "sign up" alone, which articles about services use all the time.
   */
  private static final Pattern PROMPT_WORD = Pattern.compile("(?iu)\\b(newsletters?|click here|tap here"
      + "|follow us|share (this|it) (with|on)|join us|(subscribe|sign up) (to|for) (our|us|the free)"
      + "|become a (member|subscriber|patron)|already a (subscriber|member)|our (app|podcast))");

  /** Sentences that speak to the reader: an imperative opening a sentence, or a "you". */
  private static final Pattern TO_THE_READER = Pattern.compile("(?iu)(^|[.!?]\\s+)(sign up|subscribe|follow|click"
      + "|tap|download|join|get|register|log in|sign in|share|like|read|watch|listen|don'?t miss|support|become|try"
      + "|discover|check out|want|enjoy|love|already)\\b|\\b(you|your)\\b");

  /** Prompts whose verb already addresses the reader, in other languages. */
  private static final Pattern PROMPT_OTHER = Pattern.compile("(?iu)(abonnieren sie|jetzt abonnieren|folgen sie uns"
      + "|melden sie sich|newsletter abonnieren|abonnez-vous|inscrivez-vous|suivez-nous|suscríbete|suscríbase"
      + "|regístrate|síguenos|iscriviti|abbonati|seguici|assine|inscreva-se|siga-nos|abonneer|schrijf je in|volg ons"
      + "|подпишитесь|подписывайтесь|berlangganan|ikuti kami)");

  /** Who reported, wrote, edited or photographed: the credit lines at the end of wire stories. */
  private static final Pattern CREDIT_START = Pattern.compile("(?iu)\\s*[(\\[]?\\s*((additional )?(reporting"
      + "|writing|editing|research|compiled|produced|edited|written|translated|graphics?) by\\b"
      + "|(photo|photos|photograph|image|images|picture|foto|fotos|bild|bilder|credit|credits|crédit|illustration"
      + "|source|quelle|fuente|fonte)\\s*[:/|©]"
      + "|mit material von|avec (afp|reuters|ap)\\b|con información de)");
  private static final Pattern CONTRIBUTED = Pattern.compile(
      "(?iu)\\b(contributed|contributing) (reporting|to (this|the) (report|story|article))");

  /** Words without which no prompt pattern can match (lower case). */
  private static final List<String> PROMPT_STEMS = List.of("newsletter", "click here", "tap here", "follow us",
      "share this", "share it", "join us", "subscribe", "sign up", "become a", "already a", "our app", "our podcast",
      "abonn", "inscri", "suivez", "suscr", "regístr", "síguenos", "iscriviti", "abbonati", "seguici", "assine",
      "siga-nos", "schrijf je", "volg ons", "подпис", "berlangganan", "ikuti kami", "folgen sie", "melden sie");
  private static final List<String> COMMENT_STEMS = List.of("comment", "kommentar", "reactie", "коммент", "komentar");

  /** Notices about the comments under an article. */
  private static final Pattern COMMENT_NOTICE = Pattern.compile("(?iu)\\b(comments|commenting|commenters"
      + "|comment (section|policy|thread)|kommentare|commentaires|comentarios|commenti|comentários|reacties"
      + "|комментарии|komentar)\\b.{0,100}(moderat|guideline|policy|rules|civil|respectful|closed|approved"
      + "|reviewed|richtlinie|netiquette|geschlossen|modér|charte|normas|regole|regras|regels|правил|модер)"
      + "|\\b(moderat\\w*|review) (all )?(\\w+ )?comments\\b");

  /** "Jane Doe is a reporter for…", "Contact her at…": who wrote it, not what it says. */
  private static final Pattern BIO = Pattern.compile("(?u)^(\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(is|was|has been|covers"
      + "|writes|est|ist|es|è|é|is)\\b.{0,160}\\b(reporter|writer|correspondent|editor|columnist|journalist"
      + "|contributor|producer|critic|author|curator|analyst|intern|fellow|blogger|journaliste|rédact|correspondant"
      + "|redakteur|korrespondent|autor|periodista|redactor|corresponsal|giornalista|redattore|corrispondente"
      + "|jornalista|repórter|correspondente|verslaggever|redacteur|журналист|корреспондент)"
      + "|(?i)\\b(contact|reach|email|e-mail|follow) (him|her|them|the (author|reporter|writer)|me)\\b"
      + "|(?i)\\byou can (reach|contact|follow|email)\\b"
      + "|[\\w.+-]+@[\\w-]+\\.[\\w.]+|^@\\w+$");

  /** "By Jane Doe", "von Hans Meier | 12. März": a byline standing as its own line. */
  private static final Pattern BYLINE = Pattern.compile(
      "(?iu)^(by|von|par|por|di|door|av|af|от|著)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}"
          + "(\\s*(,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*\\s*[|,·•—-]?.{0,60}$");
  /** A date, with a "Published" or "Updated" before it or a reading time after it. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?iu)^(published|updated|posted|last updated|veröffentlicht|publié|publicado|aggiornato)?[:\\s]*"
          + "[\\p{L}\\d,.:\\s/-]{0,40}\\b(19|20)\\d\\d\\b[\\p{L}\\d,.:\\s/()+·•|-]{0,30}$");
  /** "Updated at 9:32pm", "Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …". */
  private static final Pattern STAMP = Pattern.compile(
      "(?iu)^(updated|published|posted|last updated|first published|aktualisiert|mis à jour|actualizado)"
          + "(\\s+(at|on|am|le|el))?\\b.{0,80}$");

  private Phrases() {}

  /** A block that is one label and nothing else: "Advertisement", "Read more:", "Lesen Sie auch". */
  static boolean label(String text) {
    return text.length() < 60 && (LABEL.matcher(text).matches()
        || MORE.matcher(text).find() && !text.endsWith("."));
  }

  /** A short call to subscribe, follow, sign up or share, addressed to the reader. */
  static boolean prompt(String text) {
    if (text.length() > 320 || !mentions(text, PROMPT_STEMS)) {
      return false;
    }
    return PROMPT_OTHER.matcher(text).find()
        || PROMPT_WORD.matcher(text).find() && TO_THE_READER.matcher(text).find();
  }

  /** A reporting, editing or photo credit line. */
  static boolean credit(String text) {
    return text.length() < 250 && (CREDIT_START.matcher(text).lookingAt()
        || mentions(text, List.of("contribut")) && CONTRIBUTED.matcher(text).find());
  }

  static boolean commentNotice(String text) {
    return text.length() < 400 && mentions(text, COMMENT_STEMS) && COMMENT_NOTICE.matcher(text).find();
  }

  /**
   * Whether the lower-cased text contains one of the stems: a cheap test that spares most
   * paragraphs the regular expressions, which a long page would otherwise run thousands of times.
   */
  private static boolean mentions(String text, List<String> stems) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** An author's biography or contact line; only meaningful at the end of an article. */
  static boolean bio(String text) {
    return text.length() < 400 && BIO.matcher(text).find();
  }

  /** A byline or a date standing as its own short line, which the metadata carries instead. */
  static boolean bylineOrDate(String text) {
    return text.length() < 120 && (BYLINE.matcher(text).matches() || DATE_LINE.matcher(text).matches()
        || STAMP.matcher(text).matches());
  }

  /** Any of the above but the biography: text that is never the article wherever it stands. */
  static boolean boilerplate(String text) {
    return label(text) || prompt(text) || credit(text) || commentNotice(text);
  }
}
