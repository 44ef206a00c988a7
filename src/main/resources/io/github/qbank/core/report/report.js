(function () {
  "use strict";
  var doc = document;
  doc.documentElement.classList.add("js");
  var rule = doc.getElementById("filter-rule");
  var severity = doc.getElementById("filter-severity");
  var file = doc.getElementById("filter-file");
  var search = doc.getElementById("filter-search");
  var rows = Array.prototype.slice.call(doc.querySelectorAll("#findings tbody tr.finding"));
  var shown = doc.getElementById("shown");
  function apply() {
    var r = rule.value, s = severity.value, f = file.value, q = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row) {
      var ok = (!r || row.dataset.rule === r) && (!s || row.dataset.severity === s) &&
        (!f || row.dataset.file === f) && (!q || row.dataset.search.indexOf(q) >= 0);
      row.hidden = !ok;
      var detail = doc.getElementById(row.id + "-source");
      if (detail) { detail.hidden = !ok; }
      if (ok) { count++; }
    });
    shown.textContent = count === rows.length ? "all " + rows.length : count + " of " + rows.length;
  }
  [rule, severity, file].forEach(function (el) { if (el) { el.addEventListener("change", apply); } });
  if (search) { search.addEventListener("input", apply); }
  if (rows.length) { apply(); }
})();
