package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.cache.StringTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordWrapperTest {
  public record Author(String name, List<String> roles) {
    public String initials() {
      return name.substring(0, 1);
    }

    public String greeting(String word) {
      return word + ", " + name;
    }
  }

  public record Piece(String title, Author author, Author editor, int words) {}

  public static final class Helper {
    public String shout(Author a) {
      return a.name().toUpperCase(java.util.Locale.ROOT);
    }
  }

  private static String render(Configuration cfg, String template, Map<String, Object> model) throws Exception {
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate("t.ftl", template);
    cfg.setTemplateLoader(loader);
    StringWriter out = new StringWriter();
    new Template("t.ftl", template, cfg).process(model, out);
    return out.toString();
  }

  @Test
  void templatesReadRecordsTheSameWayThroughTheShortPathAsThroughTheDefaultWrapper() throws Exception {
    String template = "${p.title}|${p.words}|${p.author.name}|<#list p.author.roles as r>${r};</#list>|"
        + "${p.author.initials}|${p.author.initials()}|${p.author.name()}|${p.author.greeting('Hello')}|"
        + "${h.shout(p.author)}|${p.editor???c}|${p.author?has_content?c}|<#if p.editor??>x<#else>none</#if>|"
        + "${p.author?is_hash?c}";
    Map<String, Object> model = Map.of("p", new Piece("Floods", new Author("Ana", List.of("reporter", "editor")),
        null, 420), "h", new Helper());
    Configuration fast = new Configuration(Configuration.VERSION_2_3_34);
    fast.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    Configuration usual = new Configuration(Configuration.VERSION_2_3_34);
    String expected = "Floods|420|Ana|reporter;editor;|A|A|Ana|Hello, Ana|ANA|false|true|none|true";
    assertThat(render(usual, template, model)).isEqualTo(expected);
    assertThat(render(fast, template, model)).isEqualTo(expected);
  }

  @Test
  void aRecordIsNotTextSoPrintingOneByMistakeFailsAtItsLine() {
    Configuration fast = new Configuration(Configuration.VERSION_2_3_34);
    fast.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
    Map<String, Object> model = Map.of("p", new Piece("Floods", new Author("Ana", List.of()), null, 420));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> render(fast, "${p.author}", model))
        .hasMessageContaining("p.author");
  }
}
