package dev.broadsheet.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hostile strings for {@link XssCorpusTest}, each of which, if a page ever ran it, would call
 * {@code __xss(n)} (or {@code alert(n)}) with its own number {@code n}, so that an execution names
 * the vector. Written here from the well-known forms: script tags, event handlers, javascript: and
 * data: URLs, SVG and MathML, comment and CDATA tricks, attribute and element breakouts, entity
 * encoded and mixed-case spellings, CSS, srcdoc and iframes, template and noscript, strings that
 * break JSON or a script block, and U+2028.
 */
final class XssVectors {
  /** Markup forms; {@code $N} is the vector's number. Each also appears in mixed case and after a breakout. */
  private static final List<String> MARKUP = List.of(
      "<script>__xss($N)</script>",
      "<script src=\"data:text/javascript,__xss($N)\"></script>",
      "<script>/*</script>*/__xss($N)</script>",
      "<img src=x onerror=__xss($N)>",
      "<img src=\"x\" onerror=\"__xss($N)\">",
      "<img/src/onerror=__xss($N)>",
      "<img src=x:x onerror=javascript:__xss($N)>",
      "<image src=x onerror=__xss($N)>",
      "<svg onload=__xss($N)>",
      "<svg/onload=__xss($N)//",
      "<svg><script>__xss($N)</script></svg>",
      "<svg><a xlink:href=\"javascript:__xss($N)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
      "<svg><animate onbegin=__xss($N) attributeName=x dur=1s>",
      "<svg><set attributeName=onload to=__xss($N) />",
      "<svg><foreignObject><iframe srcdoc=\"&lt;script&gt;parent.__xss($N)&lt;/script&gt;\"></iframe></foreignObject></svg>",
      "<math><mtext><table><mglyph><style><img src=x onerror=__xss($N)>",
      "<math href=\"javascript:__xss($N)\">x</math>",
      "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:__xss($N)\">x</maction></math>",
      "<body onload=__xss($N)>",
      "<iframe src=\"javascript:parent.__xss($N)\"></iframe>",
      "<iframe srcdoc=\"<script>parent.__xss($N)</script>\"></iframe>",
      "<iframe src=\"data:text/html,<script>parent.__xss($N)</script>\"></iframe>",
      "<object data=\"javascript:__xss($N)\"></object>",
      "<embed src=\"javascript:__xss($N)\">",
      "<a href=\"javascript:__xss($N)\" id=xss$N>link</a>",
      "<a href=\"jav&#x09;ascript:__xss($N)\">tab</a>",
      "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss($N)\">dec</a>",
      "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;__xss($N)\">hex</a>",
      "<a href=\" javascript:__xss($N)\">space</a>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\" data-n=$N>b64</a>",
      "<a href=\"vbscript:__xss($N)\">vb</a>",
      "<form action=\"javascript:__xss($N)\"><button>go</button></form>",
      "<button formaction=\"javascript:__xss($N)\">go</button>",
      "<input autofocus onfocus=__xss($N)>",
      "<select autofocus onfocus=__xss($N)></select>",
      "<textarea autofocus onfocus=__xss($N)></textarea>",
      "<keygen autofocus onfocus=__xss($N)>",
      "<details open ontoggle=__xss($N)>",
      "<video><source onerror=\"__xss($N)\"></video>",
      "<audio src=x onerror=__xss($N)>",
      "<marquee onstart=__xss($N)>x</marquee>",
      "<div style=\"width:expression(__xss($N))\">css</div>",
      "<div style=\"background:url(javascript:__xss($N))\">css</div>",
      "<style>@import 'javascript:__xss($N)';</style>",
      "<style>*{x:expression(__xss($N))}</style>",
      "<link rel=stylesheet href=\"javascript:__xss($N)\">",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:__xss($N)\">",
      "<base href=\"javascript:__xss($N)//\">",
      "<!--<script>__xss($N)</script>-->",
      "<!--<script>--><script>__xss($N)</script>",
      "<!-- --!><script>__xss($N)</script> -->",
      "<![CDATA[<script>__xss($N)</script>]]>",
      "<template><script>__xss($N)</script></template><script>__xss($N)</script>",
      "<noscript><p title=\"</noscript><img src=x onerror=__xss($N)>\"></noscript>",
      "<noembed><img title=\"</noembed><img src=x onerror=__xss($N)>\"></noembed>",
      "<title><img src=x onerror=__xss($N)></title>",
      "<textarea><img src=x onerror=__xss($N)></textarea>",
      "<xmp><img src=x onerror=__xss($N)></xmp>",
      "<plaintext><img src=x onerror=__xss($N)>",
      "<table><td background=\"javascript:__xss($N)\">",
      "<isindex action=javascript:__xss($N) type=image>",
      "<frameset onload=__xss($N)>",
      "<p onmouseover=__xss($N) style=\"position:fixed;inset:0\">hover</p>",
      "<img src=x onerror=\"&#95;&#95;xss($N)\">",
      "<img src=x onerror=\"eval(atob('X194c3M='))($N)\">",
      "<img src=x onerror=__xss`$N`>",
      "<img src=x onerror=top['__x'+'ss']($N)>",
      "<img src=x onerror=window.__xss($N)>",
      "<img src=x onerror=alert($N)>",
      "<img src=x onerror=confirm($N)>",
      "<img src=x onerror=prompt($N)>",
      "<scr<script>ipt>__xss($N)</scr</script>ipt>",
      "<<script>__xss($N);//<</script>",
      "<script\n>__xss($N)</script\n>",
      "<script type=module>__xss($N)</script>",
      "<img src=`x` onerror=__xss($N)>",
      "<img \"\"\"><script>__xss($N)</script>\">",
      "<a href=\"javascript&colon;__xss($N)\">colon</a>",
      "<svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='__xss($N)'/&gt;&lt;/svg&gt;#x\"/></svg>");

  /** Strings for places that are not markup: attribute values, URLs, JSON and script text. */
  private static final List<String> PLAIN = List.of(
      "javascript:__xss($N)",
      "JaVaScRiPt:__xss($N)",
      " javascript:__xss($N)",
      "java\tscript:__xss($N)",
      "javascript://%0A__xss($N)",
      "data:text/html,<script>__xss($N)</script>",
      "data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg==#$N",
      "data:image/svg+xml,<svg onload=__xss($N)>",
      "vbscript:__xss($N)",
      "https://example.org/\"onmouseover=\"__xss($N)",
      "https://example.org/'onerror='__xss($N)",
      "https://example.org/x.png\"><script>__xss($N)</script>",
      "https://example.org/?q=</script><script>__xss($N)</script>",
      "//example.org/\"><svg onload=__xss($N)>",
      "\" onmouseover=\"__xss($N)",
      "' onmouseover='__xss($N)",
      "\" autofocus onfocus=\"__xss($N)",
      "\"><img src=x onerror=__xss($N)>",
      "'><img src=x onerror=__xss($N)>",
      "`><img src=x onerror=__xss($N)>",
      "</title><script>__xss($N)</script>",
      "</textarea><script>__xss($N)</script>",
      "</style><script>__xss($N)</script>",
      "</script><script>__xss($N)</script>",
      "</SCRIPT ><script>__xss($N)</script>",
      "\"}</script><script>__xss($N)</script>",
      "\\\"}</script><script>__xss($N)</script>",
      "\"});__xss($N);({\"",
      "'});__xss($N);//",
      "\\u003c/script\\u003e\\u003cscript\\u003e__xss($N)\\u003c/script\\u003e",
      "\u2028__xss($N)\u2029",
      "\u2028</script><script>__xss($N)</script>",
      "\"\u2028,\"x\":__xss($N)",
      "<!--<script",
      "<!--<script>__xss($N)//",
      "]]><script>__xss($N)</script>",
      "&lt;script&gt;__xss($N)&lt;/script&gt;",
      "&amp;lt;script&amp;gt;__xss($N)&amp;lt;/script&amp;gt;",
      "&#60;script&#62;__xss($N)&#60;/script&#62;",
      "&#x3C;img src=x onerror=__xss($N)&#x3E;",
      "%3Cscript%3E__xss($N)%3C/script%3E",
      "\uFF1Cscript\uFF1E__xss($N)\uFF1C/script\uFF1E",
      "${__xss($N)}",
      "{{constructor.constructor('__xss($N)')()}}",
      "<#assign x = 1>${\"__xss($N)\"}",
      "expression(__xss($N))",
      "url(javascript:__xss($N))",
      "[click](javascript:__xss($N))",
      "![x](javascript:__xss($N))",
      "<javascript:__xss($N)>",
      "[x](data:text/html,<script>__xss($N)</script>)",
      "[x](\"onmouseover=\"__xss($N))");

  private XssVectors() {}

  /** Every vector, numbered from 1 in the order returned; all distinct. */
  static List<String> all() {
    Set<String> forms = new LinkedHashSet<>();
    forms.addAll(MARKUP);
    for (String m : MARKUP) {
      forms.add(mixedCase(m));
    }
    for (String m : MARKUP.subList(0, 30)) {
      forms.add("\"'><" + m.substring(1));
    }
    forms.addAll(PLAIN);
    List<String> vectors = new ArrayList<>();
    for (String form : forms) {
      vectors.add(form.replace("$N", String.valueOf(vectors.size() + 1)));
    }
    return vectors;
  }

  /**
   * {@code markup} with the letters of its tag and attribute names and URL schemes in alternating
   * case (HTML does not care), leaving the script itself, which does, alone.
   */
  static String mixedCase(String markup) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    int i = 0;
    while (i < markup.length()) {
      int call = markup.indexOf("__xss", i);
      int quoteEnd = call < 0 ? markup.length() : call;
      for (; i < quoteEnd; i++) {
        char c = markup.charAt(i);
        if (Character.isLetter(c) && c < 128) {
          out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
          upper = !upper;
        } else {
          out.append(c);
        }
      }
      if (call >= 0) {
        int close = markup.indexOf(')', call);
        int end = close < 0 ? markup.length() : close + 1;
        out.append(markup, call, end);
        i = end;
      }
    }
    return out.toString();
  }
}
