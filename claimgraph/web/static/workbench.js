// The workbench's light script: "/" jumps to the search box; on an article, the chosen claim is marked in the text
// and its panel (shown by :target alone, so the page works without script) takes the focus.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
    if (event.key === "/" && !typing) {
      var box = document.getElementById("search-q") || document.getElementById("quick-q");
      if (box) { event.preventDefault(); box.focus(); box.select(); }
    }
  });

  function choose(claim, focus) {
    var text = document.getElementById("article-text");
    if (!text) { return; }
    text.querySelectorAll("a.seg.claim.selected").forEach(function (el) { el.classList.remove("selected"); });
    document.querySelectorAll(".claim-panel.open").forEach(function (el) { el.classList.remove("open"); });
    if (!claim) { return; }
    text.querySelectorAll("a.seg.claim").forEach(function (el) {
      if (el.getAttribute("data-claim") === claim) { el.classList.add("selected"); }
    });
    var panel = document.getElementById("claim-" + claim);
    if (panel) {
      panel.classList.add("open");
      if (focus) { panel.focus({preventScroll: true}); }
    }
  }

  function fromHash(focus) {
    var hash = decodeURIComponent(window.location.hash || "");
    var found = /^#(?:claim-|c-)(.+)$/.exec(hash);
    choose(found ? found[1] : null, focus);
  }

  window.addEventListener("hashchange", function () { fromHash(true); });
  document.addEventListener("DOMContentLoaded", function () { fromHash(false); });
})();
