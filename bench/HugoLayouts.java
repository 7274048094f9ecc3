import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hugo templates for the same page kinds Broadsheet makes: an article page with its full text and
 * four related stories, paginated section and source lists of teasers, one page per day (the
 * edition), a home page of the newest stories, with Hugo's default feeds and sitemap.
 */
final class HugoLayouts {
  private HugoLayouts() {}

  static void write(Path layouts) throws IOException {
    String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }} · "
        + "{{ .Site.Title }}</title><meta name=\"description\" content=\"{{ .Summary | plainify | truncate 160 }}\">"
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a href=\"/\">{{ .Site.Title }}</a><nav>"
        + "{{ range .Site.Sections }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end }}</nav></header><main>";
    String foot = "</main><footer>{{ .Site.Title }}</footer></body></html>";
    String card = "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> <small>{{ range .Params.sources }}{{ . }}"
        + "{{ end }} · {{ .Date.Format \"2 January 2006, 15:04\" }}</small><p>{{ .Summary | plainify | truncate 280 }}"
        + "</p></li>";
    Files.writeString(layouts.resolve("_default/single.html"), head + "<article><h1>{{ .Title }}</h1><p>From "
        + "{{ range .Params.sources }}{{ . }}{{ end }} · {{ .Date.Format \"2 January 2006, 15:04\" }}</p>{{ .Content }}"
        + "<p><a href=\"{{ .Params.original }}\">Read at the source</a></p></article>"
        + "{{ $related := .Site.RegularPages.Related . | first 4 }}{{ with $related }}<h2>Related</h2><ul>"
        + "{{ range . }}" + card + "{{ end }}</ul>{{ end }}" + foot);
    Files.writeString(layouts.resolve("_default/list.html"), head + "<h1>{{ .Title }}</h1><ul>"
        + "{{ range .Paginator.Pages }}" + card + "{{ end }}</ul>{{ with .Paginator.Prev }}<a href=\"{{ .URL }}\">Newer"
        + "</a>{{ end }}{{ with .Paginator.Next }}<a href=\"{{ .URL }}\">Older</a>{{ end }}" + foot);
    Files.writeString(layouts.resolve("_default/terms.html"), head + "<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms"
        + ".Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}"
        + "</ul>" + foot);
    Files.writeString(layouts.resolve("index.html"), head + "<h1>Today</h1><ul>{{ range first 40 "
        + ".Site.RegularPages.ByDate.Reverse }}" + card + "{{ end }}</ul>" + foot);
  }
}
