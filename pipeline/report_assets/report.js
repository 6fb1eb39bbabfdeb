/* Inlined into every page of the review report: sorting and filtering of tables. */
(function () {
  "use strict";
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : "";
    if (numeric) {
      var n = parseFloat(text);
      return isNaN(n) ? -Infinity : n;
    }
    return text.toLowerCase();
  }
  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "num";
    var ascending = !th.classList.contains("asc");
    Array.prototype.forEach.call(th.parentNode.children, function (h) {
      h.classList.remove("asc", "desc");
    });
    th.classList.add(ascending ? "asc" : "desc");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("thead th").forEach(function (th) {
      th.addEventListener("click", function () { sortBy(table, th); });
    });
  });
  var docs = document.getElementById("documents");
  if (!docs) { return; }
  var filter = document.getElementById("doc-filter");
  var status = document.getElementById("doc-status");
  var language = document.getElementById("doc-language");
  var count = document.getElementById("doc-count");
  function apply() {
    var needle = filter.value.trim().toLowerCase();
    var shown = 0, rows = docs.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var ok = (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0) &&
        (status.value === "*" || row.getAttribute("data-status") === status.value) &&
        (language.value === "*" || row.getAttribute("data-language") === language.value);
      row.style.display = ok ? "" : "none";
      if (ok) { shown++; }
    }
    count.textContent = shown + " of " + rows.length + " documents";
  }
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);
  language.addEventListener("change", apply);
})();
