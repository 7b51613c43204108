// planbridge diff --format html: filters by change kind and section (compiled in). No network.
// The URL's fragment sets them (#kind=added,changed&section=…) and follows them, so a filtered
// view can be bookmarked or sent; without scripts every change is shown and the filters hidden.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("change-table");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var kinds = Array.prototype.slice.call(form.querySelectorAll("input[name=kind]"));
  var section = document.getElementById("section-filter");
  var shown = document.getElementById("shown-count");

  function fromFragment() {
    var wanted = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      var eq = part.indexOf("=");
      if (eq > 0) wanted[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1));
    });
    if (wanted.kind !== undefined) {
      var on = wanted.kind.split(",");
      kinds.forEach(function (box) { box.checked = on.indexOf(box.value) >= 0; });
    }
    if (wanted.section !== undefined) section.value = wanted.section;
  }

  function toFragment() {
    var on = kinds.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    var parts = [];
    if (on.length !== kinds.length) parts.push("kind=" + on.join(","));
    if (section.value) parts.push("section=" + encodeURIComponent(section.value));
    try {
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse it for a page opened from a file; the filters still work.
    }
  }

  function apply() {
    var on = {};
    kinds.forEach(function (box) { on[box.value] = box.checked; });
    var n = 0;
    rows.forEach(function (row) {
      var show = on[row.getAttribute("data-kind")] && (!section.value || row.getAttribute("data-section") === section.value);
      row.hidden = !show;
      if (show) n++;
    });
    shown.textContent = n + " of " + rows.length + " shown";
  }

  form.hidden = false;
  fromFragment();
  apply();
  form.addEventListener("change", function () { apply(); toFragment(); });
  window.addEventListener("hashchange", function () { fromFragment(); apply(); });
})();
