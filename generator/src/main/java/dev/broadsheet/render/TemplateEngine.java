package dev.broadsheet.render;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.CodeStamps;
import dev.broadsheet.base.Problem;
import freemarker.cache.AndMatcher;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.NotMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Freemarker, set up once per build: the site's {@code templates/} folder first, then the default
 * theme from the classpath, so a site overrides any theme template by giving one of the same name.
 * {@code .ftlh} templates escape HTML automatically, and so do {@code .ftl} ones, but for those
 * named {@code *-text.ftl} (the plain-text newsletter and the macros it imports).
 */
public final class TemplateEngine {
  /** Where the default theme lives on the classpath (the broadsheet-templates jar). */
  public static final String THEME_ROOT = "dev/broadsheet/theme/default";

  private final Configuration freemarker;
  private final Path siteTemplates;
  private final RenderDeadline deadline;

  public TemplateEngine(Path siteTemplates, Locale locale, TimeZone zone) {
    this(siteTemplates, locale, zone, RenderDeadline.DEFAULT);
  }

  /** As above, with {@code pageLimit} as the time a page may take before the render stops ({@link RenderDeadline}). */
  TemplateEngine(Path siteTemplates, Locale locale, TimeZone zone, Duration pageLimit) {
    this.siteTemplates = siteTemplates;
    this.deadline = new RenderDeadline(pageLimit, this::where);
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    List<TemplateLoader> loaders = new ArrayList<>();
    if (Files.isDirectory(siteTemplates)) {
      try {
        loaders.add(new FileTemplateLoader(siteTemplates.toFile()));
      } catch (IOException e) {
        throw new BroadsheetException(new Problem(siteTemplates.toString(), "cannot read: " + e.getMessage()), e);
      }
    }
    loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), THEME_ROOT));
    cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    // A site's macros in a .ftl file, imported into an .ftlh page, would print a feed's title
    // (plain text that may hold "<img onerror=…>") unescaped: only text outputs go unescaped.
    TemplateConfiguration html = new TemplateConfiguration();
    html.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(
        new AndMatcher(new FileNameGlobMatcher("*.ftl"), new NotMatcher(new FileNameGlobMatcher("*-text.ftl"))), html));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(locale);
    cfg.setTimeZone(zone);
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    // An <#attempt> that fails is the template's business (its <#recover> shows what it wants):
    // Freemarker would log each with a stack trace on the build's error output.
    cfg.setAttemptExceptionReporter((e, env) -> { });
    // Output must not depend on when the build ran: no lazy caching surprises across threads.
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    this.freemarker = cfg;
  }

  /** The theme in use, stamped as {@link CodeStamps} stamps a jar (or its files, in a folder). */
  public static String themeStamp() throws IOException {
    return inJar(theme()) ? Stamps.THEME.get() : CodeStamps.of(theme(), 1);
  }

  /** Broadsheet's own code, stamped the same way: a new build of it may render differently. */
  public static String codeStamp() throws IOException {
    return inJar(code()) ? CodeStamps.broadsheet() : CodeStamps.of(code(), 4);
  }

  private static java.net.URL theme() {
    return TemplateEngine.class.getClassLoader().getResource(THEME_ROOT + "/layout.ftlh");
  }

  private static java.net.URL code() {
    return TemplateEngine.class.getResource("TemplateEngine.class");
  }

  private static boolean inJar(java.net.URL resource) {
    return resource != null && resource.toString().startsWith("jar:");
  }

  /**
   * The stamps of a jar, computed once per process on first use: a jar a JVM runs from does not
   * change under it, and stamping it reads its 8,000 entries (a build asks five times). A folder
   * of classes or theme files (development) is stamped on every call: its files may be edited
   * while a preview server runs.
   */
  private static final class Stamps {
    static final Stamp THEME = Stamp.of(() -> CodeStamps.of(theme(), 1));
  }

  /** A stamp, or why it could not be read (asked again, it fails again with the same cause). */
  private record Stamp(String value, IOException failure) {
    interface Reading {
      String read() throws IOException;
    }

    static Stamp of(Reading reading) {
      try {
        return new Stamp(reading.read(), null);
      } catch (IOException e) {
        return new Stamp(null, e);
      }
    }

    String get() throws IOException {
      if (failure != null) {
        throw new IOException(failure.getMessage(), failure);
      }
      return value;
    }
  }

  /** Renders {@code template} with {@code model}; any failure names the template file and line. */
  public byte[] render(String template, Map<String, Object> model) {
    try {
      Template t = freemarker.getTemplate(template);
      Utf8Output out = new Utf8Output(32768);
      Environment env = t.createProcessingEnvironment(model, out);
      RenderDeadline.Rendering watched = deadline.start(env, out::size);
      if (watched == null) {
        throw overrun();
      }
      try {
        env.process();
      } catch (TemplateException | RuntimeException e) {
        // Stopped inside a function or an expression, Freemarker wraps the exception as an error of its own.
        if (watched.stopped()) {
          throw overrun();
        }
        throw e;
      } catch (OutOfMemoryError e) {
        // What the page held is garbage once this returns: the build stops with the page's name, not a trace.
        throw new BroadsheetException(new Problem(where(template), "template error: rendering this page ran out of"
            + " memory (" + e.getMessage() + "): a loop without end, or a text doubled in a loop?"));
      } catch (StackOverflowError e) {
        // The depth limit stops a macro calling itself long before this; a helper recursing in Java may not.
        throw new BroadsheetException(new Problem(where(template), "template error: the stack overflowed rendering"
            + " this page (a macro or function that calls itself without end?)"));
      }
      return out.toByteArray();
    } catch (TemplateNotFoundException e) {
      throw new BroadsheetException(new Problem(template,
          "no such template in " + siteTemplates + " nor in the default theme"), e);
    } catch (ParseException e) {
      throw syntaxError(e);
    } catch (TemplateException e) {
      ParseException imported = parseCause(e);
      if (imported != null) {
        // A template this one imports (an overridden layout.ftlh) does not parse: that file and
        // line are the news, not "importing failed" on every page that imports it.
        throw syntaxError(imported);
      }
      String name = e.getTemplateSourceName();
      Integer line = e.getLineNumber();
      String message = firstLine(e.getMessageWithoutStackTop());
      // Code run with ?interpret failed: Freemarker's own line only says so; its cause says what.
      if (message.startsWith("Template created with \"?interpret\"")
          && e.getCause() instanceof TemplateException inner) {
        Integer innerLine = inner.getLineNumber();
        message = "in code run with ?interpret" + (innerLine == null ? "" : " (its line " + innerLine + ")") + ": "
            + firstLine(inner.getMessageWithoutStackTop());
      }
      String at = where(name == null ? template : name);
      message += CallSites.hint(e, this::where);
      if (at.startsWith("theme:")) {
        message += StaleOverride.hint(siteTemplates, at.substring("theme:".length()), message);
      }
      throw new BroadsheetException(Problem.at(at, line == null ? 0 : line, "template error: " + message), e);
    } catch (IOException e) {
      // Freemarker remembers a template that failed to parse and answers later requests (other
      // pages, other threads) with a generic error: report the first, once, not the echo.
      if (e.getCause() instanceof ParseException parse) {
        throw syntaxError(parse);
      }
      throw new BroadsheetException(new Problem(template, "cannot read template: " + e.getMessage()), e);
    }
  }

  /** A page passed a limit: where the first that did was, which every page stopped with it reports alike. */
  private BroadsheetException overrun() {
    RenderDeadline.Overrun at = deadline.overrun();
    return new BroadsheetException(Problem.at(at.template(), at.line(), "template error: a page was "
        + at.limit() + " (at " + at.instruction() + "); the build stopped"));
  }

  /** The syntax error among the causes of {@code e}, or null. */
  private static ParseException parseCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ParseException parse) {
        return parse;
      }
    }
    return null;
  }

  /**
   * A syntax error with all of Freemarker's message: what it found and every form it expected;
   * for a directive left unclosed, the line that opened it instead of the forms.
   */
  private BroadsheetException syntaxError(ParseException e) {
    String message = e.getEditorMessage() == null ? "unknown problem"
        : String.join(" ", e.getEditorMessage().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    String unclosed = UnclosedDirective.named(message);
    // Only the site's own templates can be wrong this way: the theme's are tested.
    Path local = siteTemplates.resolve(e.getTemplateName());
    if (unclosed != null && Files.isRegularFile(local)) {
      try {
        java.util.OptionalInt opened = UnclosedDirective.openedAt(Files.readString(local), unclosed,
            e.getLineNumber());
        if (opened.isPresent()) {
          int cut = message.indexOf(" Was expecting one of");
          message = (cut < 0 ? message : message.substring(0, cut)) + " The <#" + unclosed + "> at line "
              + opened.getAsInt() + " is not closed.";
        }
      } catch (IOException | RuntimeException ignored) {
        // The message stands as Freemarker gave it.
      }
    }
    String name = e.getTemplateName() == null ? "" : e.getTemplateName();
    if (name.endsWith(".ftl") && message.contains("auto-escaping is on")) {
      // A .ftl file written before they escaped, with ?html or <#escape>, which escaping forbids.
      message += " (a site's .ftl files escape HTML as .ftlh files do: drop ?html and <#escape>, or put"
          + " <#ftl output_format=\"plainText\"> on its first line to print its text as it is)";
    }
    return new BroadsheetException(Problem.at(where(e.getTemplateName()), e.getLineNumber(),
        "template syntax error: " + message), e);
  }

  /**
   * A template as messages name it: the site's file, else the theme's. Code a template runs with
   * {@code ?interpret} is named by the template it is in ("article.ftlh->anonymous_interpreted").
   */
  private String where(String templateName) {
    int inner = templateName.indexOf("->");
    String file = inner < 0 ? templateName : templateName.substring(0, inner);
    Path local = siteTemplates.resolve(file);
    return (Files.isRegularFile(local) ? local.toString() : "theme:" + file)
        + (inner < 0 ? "" : templateName.substring(inner));
  }

  /**
   * Freemarker's first sentence, plus the expression at fault when it names one on the next line,
   * or the next line when the first ends announcing it.
   */
  private static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----"))
        .toList();
    if (lines.isEmpty()) {
      return message;
    }
    String first = lines.get(0);
    if (lines.size() > 1 && lines.get(1).startsWith("==>")) {
      String expression = lines.get(1).substring(3).replaceFirst("\\s*\\[in template.*$", "").strip();
      return first + " " + expression;
    }
    if (first.endsWith(":") && lines.size() > 1) {
      // "Template importing failed (for parameter value "x.ftlh"):" says why on its next line.
      return first + " " + lines.get(1);
    }
    return first;
  }
}
