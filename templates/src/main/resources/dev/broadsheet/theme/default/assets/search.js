/* Broadsheet search: loads the index once and matches every word of the query against headline,
   summary, section and publisher. No framework, no external request. The index is scripts
   (search/index.js, setting window.broadsheetSearchIndex to the list of parts and their versions,
   and a part per month, search/2026-11.js, adding its reports to window.broadsheetSearchParts) and not fetched
   JSON files, because a page opened from disk (file://) may load a script beside it but may not
   fetch a file. */
(function () {
  "use strict";
  var form = document.querySelector("[data-search-form]");
  if (!form) { return; }
  form.hidden = false;
  var input = form.querySelector("input");
  var status = document.querySelector("[data-search-status]");
  var results = document.querySelector("[data-search-results]");
  var loading = null;
  // The index sits at <site>/search/index.js: the site root is what comes before that.
  var indexUrl = new URL(form.getAttribute("data-index"), location.href).href;
  var base = indexUrl.replace(/search\/index\.js$/, "");
  // Labels come from the page, in the site's language; {0} is a count, {1} the query.
  var lang = document.documentElement.lang || "";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang || undefined) : null;
  // Through functions: a query's "$&" or "$'" is text, not a pattern of String.replace.
  function label(name, count, query) {
    return (form.getAttribute("data-label-" + name) || "").replace("{0}", function () { return count; })
      .replace("{1}", function () { return query; });
  }
  // A query is said back as typed, but a pasted page of text is not read out whole.
  function quoted(query) {
    var chars = Array.from(query);
    return chars.length > 80 ? chars.slice(0, 79).join("") + "\u2026" : query;
  }
  // Counts in the digits the site's pages write (Arabic's ٠١٢…, as its dates show them): written in
  // Latin digits, whatever this browser would choose for the language, then spelled in the site's.
  var digits = form.getAttribute("data-digits") || "";
  function number(count) {
    var text;
    try {
      text = new Intl.NumberFormat(lang || undefined, { numberingSystem: "latn" }).format(count);
    } catch (e) {
      text = String(count);
    }
    return digits.length === 10 ? text.replace(/[0-9]/g, function (d) { return digits.charAt(+d); }) : text;
  }
  function matches(count, query) {
    if (count === 0) { return label("none", number(0), quoted(query)); }
    // The language's own form where the site's labels give it (Polish "few", Arabic "two"), else "one" or "other".
    var kind = plural ? plural.select(count) : (count === 1 ? "one" : "other");
    if (kind !== "one" && !form.hasAttribute("data-label-" + kind)) { kind = "other"; }
    return label(kind, number(count), quoted(query));
  }
  // Results are listed a page at a time; the rest are a button away.
  var PAGE = 50;

  // Latin letters that are not a letter and a mark, spelled out as the site's addresses spell
  // them: "Strasse" finds "Straße", "Lodz" finds "Łódź".
  var SPELLED = {"\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0142": "l", "\u0111": "d",
    "\u00f0": "d", "\u00fe": "th", "\u0127": "h", "\u0131": "i", "\u014b": "ng"};
  // German spells ä, ö, ü as ae, oe, ue where it has no umlauts (Zuerich, Zürich): on a German
  // site both fold to the plain vowel, in the index and in the query alike; but not after another
  // vowel, where "eu" and "au" are sounds of their own (neue, neuen, Mauer, Feuer).
  var UMLAUTS_SPELLED = /^(de|gsw|lb)\b/i.test(document.documentElement.lang || "");

  // Arabic and Hebrew are written with their vowel points or, mostly, without, and Arabic's alef
  // with a hamza or madda (أ إ آ ٱ) is often typed as the bare alef, final ى as ي and ة as ه: all
  // fold to the bare letters (NFKD has split the hamza and madda off as marks). Hebrew's maqaf and
  // other punctuation in that block stay.
  var POINTS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed]/g;
  var ARABIC_LETTERS = {"\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"};

  // Digits of other scripts as the ASCII ones: "١٢" finds 12, and 12 finds "١٢" (Arabic, Persian,
  // Devanagari, Bengali, Thai… write their own, and a site in the language shows its counts in them).
  var ZEROS = [0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0,
    0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0];
  function digit(c) {
    var code = c.charCodeAt(0);
    for (var i = 0; i < ZEROS.length; i++) {
      if (code >= ZEROS[i] && code <= ZEROS[i] + 9) { return String(code - ZEROS[i]); }
    }
    return c;
  }
  var DIGITS = new RegExp("[" + ZEROS.map(function (z) {
    return "\\u" + z.toString(16).padStart(4, "0") + "-\\u" + (z + 9).toString(16).padStart(4, "0");
  }).join("") + "]", "g");

  function fold(text) {
    var folded = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(POINTS, "").toLowerCase()
      .replace(DIGITS, digit)
      .replace(/[\u0671\u0649\u0629]/g, function (c) { return ARABIC_LETTERS[c]; })
      .replace(/[\u00df\u00e6\u0153\u00f8\u0142\u0111\u00f0\u00fe\u0127\u0131\u014b]/g, function (c) { return SPELLED[c]; });
    return UMLAUTS_SPELLED ? folded.replace(/(^|[^aeiouy])([aou])e/g, "$1$2") : folded;
  }

  function script(url) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = url;
      element.onload = resolve;
      element.onerror = reject;
      document.head.appendChild(element);
    });
  }

  // Loaded when the first query is asked, not with the page: on a big site the index is the heavy
  // part (two megabytes a month at 100,000 reports). Its parts are months, newest first, and load
  // two at a time in that order, each searched as it comes: the newest reports are found while
  // older months are still on their way. The loader is shared by every query; each follows it.
  var loader = null;
  var LOADING_AT_ONCE = 2;
  function load() {
    if (loader) { return loader; }
    var l = loader = { items: [], ready: 0, total: -1, done: false, failed: false, followers: [] };
    function tell() { l.followers.slice().forEach(function (f) { f(l); }); }
    function fail() {
      if (l.failed) { return; }
      l.failed = true;
      // A failed load is tried again by the next query.
      if (loader === l) { loader = null; }
      tell();
    }
    // The index is a few names and versions, asked for anew each time a page searches: a copy
    // a cache kept from before the last build would name old parts.
    script(indexUrl + (indexUrl.indexOf("?") < 0 ? "?" : "&") + Date.now().toString(36)).then(function () {
      var index = window.broadsheetSearchIndex;
      if (!index || !index.parts) { throw new Error("no search index"); }
      // Each part by its version, which changes with its bytes: no cache keeps an old copy.
      // A part is [name, version] (a name alone in an index written before versions).
      var named = index.parts.map(function (part) { return typeof part === "string" ? [part, ""] : part; });
      var arrived = [], next = 0;
      l.total = named.length;
      // Parts are searched in order, newest first, however they arrive.
      function take() {
        var parts = window.broadsheetSearchParts || {}, before = l.ready;
        while (l.ready < named.length && arrived[l.ready]) {
          var data = parts[named[l.ready][0]];
          if (!data) { throw new Error("no search part " + named[l.ready][0]); }
          prepare(data, l.ready).forEach(function (it) { l.items.push(it); });
          l.ready++;
        }
        l.done = l.ready === named.length;
        if (l.ready > before || l.done) { tell(); }
      }
      function fetchNext() {
        if (l.failed || next >= named.length) { return; }
        var n = next++, part = named[n];
        script(new URL(encodeURIComponent(part[0]) + ".js" + (part[1] ? "?" + encodeURIComponent(part[1]) : ""),
          indexUrl).href).then(function () {
          arrived[n] = true;
          take();
          fetchNext();
        }).catch(fail);
      }
      if (named.length === 0) { take(); }
      for (var k = 0; k < LOADING_AT_ONCE; k++) { fetchNext(); }
    }).catch(fail);
    return l;
  }

  // Folded text as its words between spaces, " a e waiting times ", so that a query word can be
  // looked for at a word's start: "bridge" is not found inside "Kingsbridge", "e" not in every word.
  function spaced(text) {
    return " " + apart(fold(text)).split(/[^\p{L}\p{M}\p{N}]+/u).join(" ") + " ";
  }

  // Scripts written without spaces between words, and Korean, which writes its compounds as one
  // word (금리 inside 기준금리): a run of them is searched anywhere in it.
  // By Script_Extensions: the long-vowel mark ー and the iteration marks are Japanese though their script is "Common".
  var UNSPACED_SCRIPTS = "\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Hangul}\\p{scx=Thai}"
    + "\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}";
  var UNSPACED = new RegExp("[" + UNSPACED_SCRIPTS + "]", "u");
  // A number or a Latin word written against such a run ("最低の38％", "国产AI芯片") is a word of its
  // own, in the index and in the query alike: "38" and "AI" are found where a word starts.
  var INTO_OTHER = new RegExp("([" + UNSPACED_SCRIPTS + "]\\p{M}*)(?=(?![" + UNSPACED_SCRIPTS + "])[\\p{L}\\p{N}])", "gu");
  var FROM_OTHER = new RegExp("((?![" + UNSPACED_SCRIPTS + "])[\\p{L}\\p{N}]\\p{M}*)(?=[" + UNSPACED_SCRIPTS + "])", "gu");
  function apart(text) {
    return UNSPACED.test(text) ? text.replace(INTO_OTHER, "$1 ").replace(FROM_OTHER, "$1 ") : text;
  }

  // A query word matches where a word starts ("bridg" finds "bridge"); a single letter or digit only
  // as a whole word ("A&E"), or it would match nearly everything.
  function at(text, w) {
    if (UNSPACED.test(w)) { return text.indexOf(w) >= 0; }
    return text.indexOf(w.length === 1 ? " " + w + " " : " " + w) >= 0;
  }

  // A number says how many or which: it has no other forms, and is never a suggestion.
  var NUMBER = /^\p{N}+$/u;

  // Word forms: every word, of the index and of the query alike, loses one ending of the page's
  // language (or has it spelled as its other forms spell it), and a query word is looked for at the
  // start of an index word: "floods" and "flooding" are "flood", "Brücken" and "Brücke" "bruck",
  // "cities" and "city" "citi", "hôpitaux" and "hôpital" "hopit", "augmenter" and "augmente"
  // "augment". Only where four letters stay: "news" stays "news". An ending is [ending, what it becomes].
  var ENDINGS = {
    en: [["ings", ""], ["ing", ""], ["ies", "i"], ["ied", "i"], ["es", ""], ["ed", ""], ["s", ""], ["y", "i"], ["e", ""]],
    fr: [["aux", ""], ["ent", ""], ["er", ""], ["ez", ""], ["es", ""], ["al", ""], ["s", ""], ["x", ""], ["e", ""]],
    de: [["ern", ""], ["en", ""], ["er", ""], ["es", ""], ["e", ""], ["n", ""], ["s", ""]],
    es: [["es", ""], ["s", ""]]};
  var endings = ENDINGS[(document.documentElement.lang || "").toLowerCase().split("-")[0]] || [];
  // Arabic writes "the" (ال) at the start of a word, with "and", "with", "as", "so" or "for" before
  // it (وال، بال، كال، فال، لل): "امطار" finds "الأمطار", "الرياض" finds "بالرياض", on a site in any
  // language (an Arabic source of an English site). Longest first.
  var ARTICLES = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644",
    "\u0644\u0644", "\u0627\u0644"];
  // Endings are cut again while one fits ("delays", "delay", "delai"), as long as four letters
  // are left; each word's stem is worked out once.
  var stems = new Map();
  function stem(w) {
    var known = stems.get(w);
    if (known !== undefined) { return known; }
    var s = w;
    for (var p = 0; p < ARTICLES.length; p++) {
      if (s.length - ARTICLES[p].length >= 3 && s.slice(0, ARTICLES[p].length) === ARTICLES[p]) {
        s = s.slice(ARTICLES[p].length);
        break;
      }
    }
    if (!UNSPACED.test(w) && !NUMBER.test(w)) {
      for (var pass = 0, cut = true; cut && pass < 3; pass++) {
        cut = false;
        for (var i = 0; i < endings.length; i++) {
          var e = endings[i][0], shorter = s.slice(0, -e.length) + endings[i][1];
          if (s.length > e.length && s.slice(-e.length) === e && shorter.length >= 4 && shorter !== s) {
            s = shorter; cut = true; break;
          }
        }
      }
    }
    stems.set(w, s);
    return s;
  }
  // Folded words as stems between spaces; see spaced().
  function stemmed(text) {
    return " " + text.trim().split(" ").map(stem).join(" ") + " ";
  }
  // A query word is found where it starts a word as typed, or its stem starts a word's stem: every
  // match the words as typed had stays, and other forms come with it.
  function found(it, w, st) {
    return at(it.text, w) || at(it.stems, st);
  }

  // A misspelt word ("ferris") is answered with the index's nearest word, the most used of those one
  // letter away (two in a long word): a suggestion to follow, never a silent change of the query.
  // The index's words by length, each with how often it is used: built once, on the first query
  // that finds nothing, and only the lengths a word may have are compared with it.
  var vocabulary = null;
  function nearest(w, items) {
    if (!vocabulary) {
      // Each folded word with how often it is used and its most used spelling, which is what is offered:
      // "élection", not "election".
      var counts = new Map(), spellings = new Map(), folded = new Map();
      items.forEach(function (it) {
        it.raw.split(/[^\p{L}\p{M}\p{N}]+/u).forEach(function (word) {
          var v = folded.get(word);
          if (v === undefined) { v = fold(word); folded.set(word, v); }
          if (v.length < 3 || NUMBER.test(v)) { return; }
          counts.set(v, (counts.get(v) || 0) + 1);
          var lower = word.toLocaleLowerCase(lang || undefined), forms = spellings.get(v) || new Map();
          forms.set(lower, (forms.get(lower) || 0) + 1);
          spellings.set(v, forms);
        });
      });
      vocabulary = [];
      counts.forEach(function (count, v) {
        var shown = null, most = 0;
        spellings.get(v).forEach(function (n, form) { if (n > most || (n === most && form < shown)) { shown = form; most = n; } });
        (vocabulary[v.length] = vocabulary[v.length] || []).push([v, count, shown]);
      });
    }
    var limit = w.length >= 8 ? 2 : 1, best = null, bestShown = null, bestCount = 0, bestDistance = limit + 1;
    for (var length = w.length - limit; length <= w.length + limit; length++) {
      (vocabulary[length] || []).forEach(function (entry) {
        var v = entry[0], count = entry[1], d = distance(w, v, limit);
        if (d < bestDistance || (d === bestDistance && (count > bestCount || (count === bestCount && v < best)))) {
          best = v; bestShown = entry[2]; bestCount = count; bestDistance = d;
        }
      });
    }
    return bestDistance <= limit ? bestShown : null;
  }
  // Edits (insert, delete, change, swap of two letters) from a to b; limit + 1 once it is past the limit.
  function distance(a, b, limit) {
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) { prev.push(j); }
    for (i = 1; i <= a.length; i++) {
      var row = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        var d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) { d = Math.min(d, prev2[j - 2] + 1); }
        row.push(d);
        low = Math.min(low, d);
      }
      if (low > limit) { return limit + 1; }
      prev2 = prev; prev = row;
    }
    return prev[b.length];
  }
  // The query's words as typed ({@code raws}) and folded: a word left as it is is offered as typed.
  function suggest(raws, words, items) {
    var changed = false;
    var better = words.map(function (w, n) {
      if (w.length < 4 || UNSPACED.test(w) || NUMBER.test(w)
          || items.some(function (it) { return found(it, w, stem(w)); })) { return raws[n]; }
      var v = nearest(w, items);
      if (v) { changed = true; return v; }
      return raws[n];
    });
    return changed ? better.join(" ") : null;
  }
  function offer(suggestion) {
    var text = form.getAttribute("data-label-suggest") || "";
    var at0 = text.indexOf("{0}");
    if (at0 < 0 || !suggestion) { return; }
    var a = document.createElement("a");
    a.href = "?q=" + encodeURIComponent(suggestion);
    a.textContent = suggestion;
    a.addEventListener("click", function (e) {
      e.preventDefault();
      input.value = suggestion;
      ask(suggestion);
    });
    status.appendChild(document.createTextNode(" " + text.slice(0, at0)));
    status.appendChild(a);
    status.appendChild(document.createTextNode(text.slice(at0 + 3)));
  }

  // Items are [title, path, section, publisher, day, words]; see SearchIndex.java for the format.
  // Parts are months newest first and days within a part too, so the n-th part's day d comes
  // after every day of the parts before it.
  function prepare(data, n) {
    return data.items.map(function (it) {
      var section = data.sections[it[2]], publisher = data.publishers[it[3]], day = data.days[it[4]];
      var text = spaced(it[0] + " " + it[5] + " " + section + " " + publisher), head = spaced(it[0]);
      return { title: it[0], path: data.prefix + it[1], section: section, publisher: publisher,
               order: it[4] < 0 ? Infinity : n * 1000 + it[4], date: day ? day[0] : "", shown: day ? day[1] : "",
               text: text, stems: stemmed(text), head: head, headStems: stemmed(head),
               raw: it[0] + " " + it[5] + " " + section + " " + publisher, lang: it[6] || "" };
    });
  }

  // Each query's answer is shown only while it is the latest: a slow first load must not write over a later one.
  var asked = 0;
  var more = null;
  var shownQuery = null;
  var following = null;
  // While older months load, the count said is brought up to date at most this often: a screen
  // reader reads every change of the status out.
  var STATUS_EVERY = 2000;
  function show(query) {
    shownQuery = query;
    var raws = apart(query).split(/[^\p{L}\p{M}\p{N}]+/u).filter(function (w) { return w.length > 0; });
    var words = raws.map(fold);
    var mine = ++asked;
    results.textContent = "";
    results.removeAttribute("aria-busy");
    if (more) { more.remove(); more = null; }
    if (following) { following(); following = null; }
    if (words.length === 0) { status.textContent = ""; return; }
    var stems = words.map(stem);
    // A whole word of the headline counts most, then the start of one, then the rest: word forms alike.
    function scored(it) {
      return words.reduce(function (s, w, n) {
        var st = stems[n];
        return s + (it.head.indexOf(" " + w + " ") >= 0 || it.headStems.indexOf(" " + st + " ") >= 0 ? 3
          : at(it.head, w) || at(it.headStems, st) ? 2 : 1);
      }, 0);
    }
    var hits = [], view = { hits: hits, count: PAGE }, searched = 0, saidAt = 0, sayLater = null, listedHits = -1;
    // The first query waits for the index, seconds on a slow line: said, and said to screen readers.
    var waiting = setTimeout(function () {
      if (mine === asked && searched === 0) {
        status.textContent = label("loading", "", quoted(query));
        results.setAttribute("aria-busy", "true");
      }
    }, 150);
    var l = load();
    function progress() {
      if (mine !== asked) { return; }
      if (l.failed) {
        clearTimeout(waiting);
        results.removeAttribute("aria-busy");
        status.textContent = label("error", "", "");
        stop();
        return;
      }
      if (l.items.length === searched && !l.done) { return; }
      var before = hits.length;
      l.items.slice(searched).forEach(function (it) {
        if (words.every(function (w, n) { return found(it, w, stems[n]); })) { hits.push({ it: it, score: scored(it) }); }
      });
      searched = l.items.length;
      hits.sort(function (a, b) { return b.score - a.score || a.it.order - b.it.order; });
      clearTimeout(waiting);
      if (l.done) {
        stop();
        results.removeAttribute("aria-busy");
        status.textContent = matches(hits.length, query);
        if (hits.length === 0) { offer(suggest(raws, words, l.items)); }
        relist(view, true);
        return;
      }
      results.setAttribute("aria-busy", "true");
      sayCount();
      // While older months come, a reader on a result is not moved (nor read it again): the list
      // is brought up to date when nothing in it has the focus, and once all is searched.
      if (hits.length !== before || listedHits < 0) {
        var active = document.activeElement;
        if (!(active && (results.contains(active) || active === more))) { relist(view, false); listedHits = hits.length; }
      }
    }
    // The count so far, at most every STATUS_EVERY and once more at the end of a wait.
    function sayCount() {
      var wait = saidAt === 0 ? 0 : STATUS_EVERY - (Date.now() - saidAt);
      if (wait <= 0) {
        saidAt = Date.now();
        var text = label("partial", number(hits.length), quoted(query));
        // A theme's own search page from before the label: it says it is searching.
        status.textContent = text || label("loading", "", quoted(query));
      } else if (!sayLater) {
        sayLater = setTimeout(function () { sayLater = null; if (mine === asked && !l.done) { sayCount(); } }, wait);
      }
    }
    function stop() {
      if (sayLater) { clearTimeout(sayLater); sayLater = null; }
      var at0 = l.followers.indexOf(progress);
      if (at0 >= 0) { l.followers.splice(at0, 1); }
      if (following === stop) { following = null; }
    }
    l.followers.push(progress);
    following = stop;
    if (l.items.length > 0 || l.done || l.failed) { progress(); }
  }

  // Lists the view's first hits anew, as many as it lists (a page, and a page more for each "Show
  // more"), and a button for the next page when there is one. At the end of a search the result
  // that had the focus keeps it, listed however far down it moved.
  function relist(view, last) {
    var hits = view.hits;
    var active = document.activeElement, focused = active && results.contains(active) ? active.getAttribute("href") : null;
    var moreFocused = more && active === more;
    if (last && focused !== null) {
      for (var n = 0; n < hits.length; n++) {
        if (href(hits[n].it) === focused) {
          view.count = Math.max(view.count, Math.ceil((n + 1) / PAGE) * PAGE);
          break;
        }
      }
    }
    results.textContent = "";
    hits.slice(0, view.count).forEach(function (h) { results.appendChild(line(h.it)); });
    button(view);
    if (focused !== null) {
      var same = Array.from(results.querySelectorAll("a")).filter(function (a) { return a.getAttribute("href") === focused; })[0];
      (same || results.querySelector("a") || input).focus();
    } else if (moreFocused) {
      (more || results.querySelector("a") || input).focus();
    }
  }

  function button(view) {
    var hits = view.hits, shown = results.children.length;
    if (more) { more.remove(); more = null; }
    if (hits.length > shown) {
      more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.textContent = label("more", number(Math.min(PAGE, hits.length - shown)), "");
      more.addEventListener("click", function () {
        var first = results.children.length;
        view.count = first + PAGE;
        hits.slice(first, view.count).forEach(function (h) { results.appendChild(line(h.it)); });
        button(view);
        // Focus on the first new result, where reading goes on.
        var next = results.children[first] && results.children[first].querySelector("a");
        if (next) { next.focus(); }
      });
      results.insertAdjacentElement("afterend", more);
    }
  }

  // From disk (file://) a folder has no index page of its own: name the file.
  function href(it) {
    return base + it.path + (it.path.slice(-1) === "/" && location.protocol === "file:" ? "index.html" : "");
  }

  function line(it) {
    var li = document.createElement("li");
    li.className = "line";
    var a = document.createElement("a");
    a.className = "line-title";
    a.setAttribute("href", href(it));
    a.textContent = it.title;
    // A headline in another language than the site's says so, as on every other page.
    if (it.lang) { a.lang = it.lang; a.dir = "auto"; }
    var meta = document.createElement("span");
    meta.className = "line-meta";
    meta.textContent = (it.publisher ? it.publisher + " \u00b7 " : "") + it.section;
    if (it.date) {
      // The same words as every other page, kept on one line like theirs.
      var time = document.createElement("time");
      time.setAttribute("datetime", it.date);
      time.textContent = it.shown;
      meta.appendChild(document.createTextNode(" \u00b7 "));
      meta.appendChild(time);
    }
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(meta);
    return li;
  }

  // Each search is a step of the history: Back returns to the one before, as on any search page.
  // The same query again, or none, is no new step.
  function ask(query) {
    if (query !== shownQuery && query.trim() !== "") {
      history.pushState({ q: query }, "", "?q=" + encodeURIComponent(query));
    }
    retitle(query);
    show(query);
  }
  var title = document.title;
  function retitle(query) {
    document.title = query ? quoted(query) + " \u00b7 " + title : title;
  }
  // Back and Forward between searches; a link within the page (the skip link) is no other search.
  window.addEventListener("popstate", function () {
    var q = new URLSearchParams(location.search).get("q") || "";
    if (q === (shownQuery || "")) { return; }
    input.value = q;
    retitle(q);
    show(q);
  });

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    ask(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; retitle(initial); show(initial); }
})();
