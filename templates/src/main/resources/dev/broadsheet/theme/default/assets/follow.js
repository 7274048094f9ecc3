/* "Curated for you": readers follow sections and sources; the choice stays in this browser
   (localStorage) and filters the home page. Without JavaScript every page shows everything. */
(function () {
  "use strict";
  var KEY = "broadsheet.follows";
  function read() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function write(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* private mode: nothing kept */ }
  }

  document.querySelectorAll("[data-follow]").forEach(function (button) {
    var id = button.getAttribute("data-follow");
    // Both labels in the site's language: the page's own text, and the one it was given for "on".
    var notFollowing = button.textContent;
    var following = button.getAttribute("data-label-following") || notFollowing;
    function paint() {
      var on = read().indexOf(id) >= 0;
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? following : notFollowing;
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

  var bar = document.querySelector("[data-for-you]");
  if (!bar) { return; }
  var follows = read();
  if (follows.length === 0) { return; }
  var showAll = false;
  var toggle = bar.querySelector("[data-for-you-toggle]");
  var label = bar.querySelector("[data-for-you-label]");
  function followed(el) {
    return follows.indexOf(el.getAttribute("data-section")) >= 0 || follows.indexOf(el.getAttribute("data-source")) >= 0;
  }
  function apply() {
    document.querySelectorAll("main .card[data-section], main .line[data-section]").forEach(function (el) {
      el.hidden = !showAll && !followed(el);
    });
    document.querySelectorAll("main .section-block, main .top-stories, main .picks").forEach(function (block) {
      var items = block.querySelectorAll("[data-section]:not(.section-block)");
      var visible = Array.prototype.some.call(items, function (el) { return !el.hidden; });
      block.hidden = !showAll && !visible;
    });
    label.textContent = bar.getAttribute(showAll ? "data-label-everything" : "data-label-curated");
    toggle.textContent = bar.getAttribute(showAll ? "data-label-show-followed" : "data-label-show-all");
  }
  bar.hidden = false;
  toggle.addEventListener("click", function () { showAll = !showAll; apply(); });
  apply();
})();
