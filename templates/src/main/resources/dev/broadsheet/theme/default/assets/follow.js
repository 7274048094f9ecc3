/* On a phone the menu scrolls sideways: the page a reader is on is scrolled into it, not left
   off to the right where nothing shows where they are. */
(function () {
  "use strict";
  function scrollToCurrent() {
    var current = document.querySelector(".site-nav [aria-current='page']");
    var list = current && current.closest("ul");
    if (!list || list.scrollWidth <= list.clientWidth) { return; }
    var item = current.getBoundingClientRect();
    var box = list.getBoundingClientRect();
    // Clear of the fade at the right edge (2.5rem), with a little of the previous item still in view.
    if (item.right > box.right - 40 || item.left < box.left) {
      list.scrollLeft += item.left - box.left - 24;
    }
  }
  // The home page runs this script from its head (see the filter further down), before the menu is there.
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", scrollToCurrent);
  } else {
    scrollToCurrent();
  }
})();

/* "Curated for you": readers follow sections and sources; the choice stays in this browser
   (localStorage) and filters the home page. Without JavaScript every page shows everything. */
(function () {
  "use strict";
  // Browsers keep one store per host: a site under a sub-folder keeps its choices under its own
  // key, or two sites of one host (example.org/town/, example.org/city/) would share them. The
  // script sits in the site's assets/ folder, so the folder above it is the site's.
  var script = document.currentScript;
  var root = script && script.src ? new URL("..", script.src).pathname : "/";
  var SHARED = "broadsheet.follows";
  var KEY = root === "/" ? SHARED : SHARED + ":" + root;
  // Until a reader changes them, the choices kept under the host's one key before are this site's.
  // Only a list of names counts: anything else kept under the key (by hand, by another script)
  // would stop the buttons and the filter, which call list methods on it.
  function read() {
    try {
      var own = localStorage.getItem(KEY);
      var list = JSON.parse(own !== null ? own : localStorage.getItem(SHARED));
      return Array.isArray(list) ? list.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) { return []; }
  }
  function write(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* private mode: nothing kept */ }
  }

  // The home page runs this script from its head, before anything of it is painted: a follower's
  // page stays hidden (style.css) until it is filtered, instead of being painted whole and then
  // shrinking under the reader's eyes (a layout shift of 0.59 at 1280 px). The style sheet shows
  // the page after a few seconds whatever happens here, so a failure never leaves it blank.
  var html = document.documentElement;
  if (html.hasAttribute("data-front-page") && read().length > 0) {
    html.classList.add("for-you-pending");
  }
  function start() {
    try {
      followButtons();
      filterFrontPage();
    } finally {
      html.classList.remove("for-you-pending");
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }

  function followButtons() {
    document.querySelectorAll("[data-follow]").forEach(function (button) {
      var id = button.getAttribute("data-follow");
      // A toggle keeps its label ("Follow") and says "on" by aria-pressed, which the style sheet shows:
      // a label that changed too would be read as "Following, pressed".
      function paint() {
        var on = read().indexOf(id) >= 0;
        button.setAttribute("aria-pressed", on ? "true" : "false");
      }
      button.hidden = false;
      paint();
      button.addEventListener("click", function () {
        var list = read();
        var at = list.indexOf(id);
        if (at >= 0) { list.splice(at, 1); } else { list.push(id); }
        write(list);
        paint();
      });
    });
  }

  function filterFrontPage() {
    var bar = document.querySelector("[data-for-you]");
    if (!bar) { return; }
    var follows = read();
    if (follows.length === 0) { return; }
    var showAll = false;
    var toggle = bar.querySelector("[data-for-you-toggle]");
    var label = bar.querySelector("[data-for-you-label]");
    // "9 stories" says how many the edition has; filtered, it says how many are shown, in the page's
    // own words for each count (data-label-counts), never English of the script's.
    var count = document.querySelector("[data-story-count]");
    var allCount = count ? count.textContent : "";
    var countLabels = [];
    try { countLabels = JSON.parse(count.getAttribute("data-label-counts")) || []; } catch (e) { /* keep the total */ }
    function followed(el) {
      // data-source lists every source reporting the story: a followed outlet's report counts, lead or not.
      var sources = (el.getAttribute("data-source") || "").split(" ");
      return follows.indexOf(el.getAttribute("data-section")) >= 0
        || sources.some(function (s) { return s && follows.indexOf(s) >= 0; });
    }
    function apply() {
      var shown = 0;
      document.querySelectorAll("main .card[data-section], main .line[data-section]").forEach(function (el) {
        el.hidden = !showAll && !followed(el);
        shown += el.hidden ? 0 : 1;
      });
      document.querySelectorAll("main .section-block, main .top-stories, main .picks").forEach(function (block) {
        var items = block.querySelectorAll("[data-section]:not(.section-block)");
        var visible = Array.prototype.some.call(items, function (el) { return !el.hidden; });
        block.hidden = !showAll && !visible;
      });
      // A grid left with fewer cards than columns would show them beside empty columns: the style
      // sheet gives it as many columns as it has cards (data-shown) and lets no card span two.
      document.querySelectorAll("main .top-grid, main .picks-grid").forEach(function (grid) {
        var cards = Array.prototype.filter.call(grid.children, function (el) { return !el.hidden; }).length;
        if (showAll) { grid.removeAttribute("data-shown"); } else { grid.setAttribute("data-shown", String(cards)); }
      });
      if (count) { count.textContent = showAll || shown >= countLabels.length ? allCount : countLabels[shown]; }
      label.textContent = bar.getAttribute(showAll ? "data-label-everything" : "data-label-curated");
      toggle.textContent = bar.getAttribute(showAll ? "data-label-show-followed" : "data-label-show-all");
    }
    bar.hidden = false;
    var stories = document.querySelectorAll("main .card[data-section], main .line[data-section]");
    if (!Array.prototype.some.call(stories, followed)) {
      // Nothing followed is in this edition (a quiet day, or a section since renamed): the whole
      // edition, saying why, rather than an empty page on every visit.
      label.textContent = bar.getAttribute("data-label-none") || bar.getAttribute("data-label-everything");
      toggle.hidden = true;
      return;
    }
    toggle.addEventListener("click", function () { showAll = !showAll; apply(); });
    apply();
  }
})();
