package dev.broadsheet.render;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's labels in the site's language: {@code messages/<language>.properties} of the theme,
 * over English, with the site's own {@code templates/messages/<language>.properties} over both.
 * Patterns are {@link MessageFormat}s, so a count picks its plural form with a {@code choice}
 * ("1 story", "2 stories"). Templates call it as {@code t("key")} or {@code t("key", n)}.
 *
 * <p>Not {@link java.util.ResourceBundle}: its fallback goes through the JVM's default locale,
 * which would make a German site built on a French machine come out in French.
 */
public final class Messages implements TemplateMethodModelEx {
  /** The languages the default theme is translated into; any other falls back to English. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");
  private static final java.util.regex.Pattern APOSTROPHE_IN_WORD =
      java.util.regex.Pattern.compile("(?<=\\p{L})'(?=\\p{L})");

  private final Locale locale;
  private final Map<String, String> patterns;
  /** Parsed patterns, by key; only ever copied, never used to format. */
  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
  /** Labels without arguments, formatted. */
  private final Map<String, String> plain = new ConcurrentHashMap<>();

  /** The site's templates folder, or null: where a label missing in the site's language may be found. */
  private final Path siteTemplates;

  private Messages(Locale locale, Map<String, String> patterns, Path siteTemplates) {
    this.locale = locale;
    this.patterns = Map.copyOf(patterns);
    this.siteTemplates = siteTemplates;
  }

  /**
   * The labels for {@code language} (a BCP 47 tag): the theme's in its primary language, over
   * English; then the site's own, in {@code messages/<primary>.properties} and then in a file of the
   * whole tag ({@code messages/en-GB.properties}), each over the one before. A site's pattern that
   * cannot be formatted is an error naming its file and key, not of the first page that shows it.
   */
  public static Messages load(Path siteTemplates, String language) {
    Locale locale = Locale.forLanguageTag(language);
    String primary = locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    Map<String, String> patterns = new TreeMap<>();
    readTheme("en", patterns);
    if (!primary.equals("en")) {
      readTheme(primary, patterns);
    }
    if (siteTemplates != null) {
      for (Path own : ownBundles(siteTemplates, locale, primary)) {
        if (Files.isRegularFile(own)) {
          Map<String, String> site = new TreeMap<>();
          try {
            // Decoded strictly: a bundle saved as Latin-1 would otherwise show "Caf\uFFFD" on every page.
            String text = dev.broadsheet.base.Utf8Text.decode(Files.readAllBytes(own), own.toString());
            read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), site);
          } catch (IOException | IllegalArgumentException e) {
            throw new BroadsheetException(new Problem(own.toString(), "cannot read: " + e.getMessage()), e);
          }
          // An apostrophe between letters (Harbour's, l'édition) is one: MessageFormat would take it
          // for a quote and drop it, and no one quotes letters.
          Map<String, String> written = Map.copyOf(site);
          site.replaceAll((key, pattern) -> APOSTROPHE_IN_WORD.matcher(pattern).replaceAll("''"));
          site.forEach((key, pattern) -> checkPattern(own, key, pattern, written.get(key), locale));
          patterns.putAll(site);
        }
      }
    }
    return new Messages(locale, patterns, siteTemplates);
  }

  /** Whether {@code pattern} (as {@code written} in the file) is one MessageFormat reads. */
  private static void checkPattern(Path file, String key, String pattern, String written, Locale locale) {
    try {
      new MessageFormat(pattern, locale);
    } catch (IllegalArgumentException e) {
      throw new BroadsheetException(new Problem(file.toString(), "the label '" + key + "' (" + written + ") cannot be"
          + " used: " + e.getMessage() + "; an argument is written {0}, {1}…, and a literal brace or apostrophe"
          + " between apostrophes ('{', '''')"));
    }
  }



  /**
   * The site's own label files for {@code locale}, each over the one before: its language
   * ({@code zh}), with its script ({@code zh-Hant}), the whole tag ({@code zh-Hant-TW}); a file
   * named in lower case ({@code en-gb.properties}) as well.
   */
  static List<Path> ownBundles(Path siteTemplates, Locale locale, String primary) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    names.add(primary);
    if (!locale.getScript().isEmpty()) {
      names.add(primary + "-" + locale.getScript());
    }
    // The script a region writes Chinese in, as Java's own bundles are looked up: zh-CN reads zh-Hans, zh-TW zh-Hant.
    if (locale.getScript().isEmpty()) {
      java.util.ResourceBundle.Control.getControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT)
          .getCandidateLocales("", locale).stream().filter(c -> !c.getScript().isEmpty()).findFirst()
          .ifPresent(c -> names.add(primary + "-" + c.getScript()));
    }
    names.add(locale.toLanguageTag());
    java.util.Set<Path> files = new java.util.LinkedHashSet<>();
    for (String name : names) {
      files.add(ownBundle(siteTemplates, name));
      files.add(ownBundle(siteTemplates, name.toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(files);
  }

  /** The site's own labels in one language, over the theme's. */
  static Path ownBundle(Path siteTemplates, String language) {
    return siteTemplates.resolve("messages").resolve(language + ".properties");
  }

  /** The theme's own patterns for one language, without fallback; empty when it has none. */
  static Map<String, String> themeBundle(String language) {
    Map<String, String> patterns = new TreeMap<>();
    readTheme(language, patterns);
    return patterns;
  }

  private static void readTheme(String language, Map<String, String> into) {
    String resource = TemplateEngine.THEME_ROOT + "/messages/" + language + ".properties";
    try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        read(in, into);
      }
    } catch (IOException e) {
      throw new BroadsheetException(new Problem("theme:" + resource, "cannot read: " + e.getMessage()), e);
    }
  }

  /** Properties files are ISO-8859-1 by default; ours are UTF-8 so translators can type. */
  static void read(InputStream in, Map<String, String> into) throws IOException {
    Properties p = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    p.stringPropertyNames().forEach(k -> into.put(k, p.getProperty(k)));
  }

  /** The label {@code key} with its arguments; an unknown key fails the page, naming the key. */
  public String text(String key, Object... args) {
    if (args.length == 0) {
      // Most labels take no argument and every page shows them: formatted once.
      String known = plain.get(key);
      if (known != null) {
        return known;
      }
    }
    MessageFormat format = format(key);
    // A MessageFormat is not safe to share between threads: each use formats with a copy.
    String text = ((MessageFormat) format.clone()).format(args);
    if (args.length == 0) {
      plain.put(key, text);
    }
    return text;
  }

  /**
   * The error for a record given where a template function wants text: printed, it would be every
   * field of it (an article's extracted full text among them).
   */
  static TemplateModelException notText(String call, int argument, Record value) {
    return new TemplateModelException(call + ": argument " + argument + " is a " + value.getClass().getSimpleName()
        + ", not text; give one of its fields (such as article.title or story.lead.path)");
  }

  /**
   * How many arguments {@code pattern} reads: one more than the highest {@code {N}} in it, those
   * inside a choice ({@code 1<{0} in {1}}) included, which MessageFormat's own count leaves out;
   * text between apostrophes is literal.
   */
  static int argumentsOf(String pattern) {
    int highest = -1;
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '{' && !quoted) {
        int j = i + 1;
        while (j < pattern.length() && pattern.charAt(j) == ' ') {
          j++;
        }
        int n = 0;
        int digits = 0;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j)) && digits < 4) {
          n = n * 10 + (pattern.charAt(j++) - '0');
          digits++;
        }
        if (digits > 0) {
          highest = Math.max(highest, n);
        }
      }
    }
    return highest + 1;
  }

  /** The parsed pattern of {@code key}, parsed once; only ever read or copied. */
  private MessageFormat format(String key) {
    MessageFormat format = formats.get(key);
    if (format == null) {
      String pattern = patterns.get(key);
      if (pattern == null) {
        throw new IllegalArgumentException(missing(key));
      }
      format = new MessageFormat(pattern, locale);
      formats.put(key, format);
    }
    return format;
  }

  /**
   * Why there is no label {@code key}: none anywhere (a typo, or a label of another theme), or only in
   * the site's bundles of other languages, which one built in this language does not read.
   */
  private String missing(String key) {
    List<String> elsewhere = new java.util.ArrayList<>();
    Path folder = siteTemplates == null ? null : siteTemplates.resolve("messages");
    if (folder != null && Files.isDirectory(folder)) {
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
          Map<String, String> bundle = new TreeMap<>();
          try (InputStream in = Files.newInputStream(f)) {
            read(in, bundle);
          }
          if (bundle.containsKey(key)) {
            elsewhere.add(f.getFileName().toString());
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        // Said as if it were nowhere.
      }
    }
    if (elsewhere.isEmpty()) {
      return "no message '" + key + "' in the theme's messages";
    }
    return "no message '" + key + "' for the site's language (" + locale.toLanguageTag() + "): only the site's "
        + String.join(", ", elsewhere) + " in " + folder + " has it; add it to messages/"
        + (locale.getLanguage().isEmpty() ? "en" : locale.getLanguage()) + ".properties there";
  }

  /** Every key. */
  public Set<String> keys() {
    return patterns.keySet();
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("t(key, ...) needs a message key");
    }
    Object[] args = new Object[arguments.size() - 1];
    String key = String.valueOf(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)));
    for (int i = 1; i < arguments.size(); i++) {
      args[i - 1] = arguments.get(i) == null ? null : DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
      if (args[i - 1] instanceof Record r) {
        throw notText("t(\"" + key + "\", …)", i, r);
      }
      if (args[i - 1] == null) {
        // A misspelt or missing value would print "null" on every page that shows the label.
        throw new TemplateModelException("t(\"" + key + "\", …): argument " + i + " is missing (null or undefined);"
            + " check its name, or give a default with !, e.g. value!\"\"");
      }
    }
    // Without arguments a label keeps its placeholders: the search page hands such patterns to its script.
    int wanted = args.length > 0 && patterns.containsKey(key) ? argumentsOf(patterns.get(key)) : 0;
    if (args.length < wanted) {
      throw new TemplateModelException("t(\"" + key + "\", …) needs " + wanted + " argument" + (wanted == 1 ? "" : "s")
          + " after the key (its label is '" + patterns.get(key) + "'); it was given " + args.length);
    }
    try {
      return text(key, args);
    } catch (IllegalArgumentException e) {
      throw new TemplateModelException(e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    // Part of every render-cache key: a changed label renders the pages again.
    return locale.toLanguageTag() + patterns.hashCode();
  }
}
