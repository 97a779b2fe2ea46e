// Sort the works by a column (click its heading; again to reverse) and filter them as you type.
"use strict";
(function () {
  var table = document.getElementById("works");
  var body = table.tBodies[0];
  var filter = document.getElementById("filter");
  var count = document.getElementById("count");
  var headings = table.tHead.rows[0].cells;
  var total = body.rows.length;
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

  function sortBy(column) {
    var ascending = headings[column].getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var first = a.cells[column].textContent.trim(), second = b.cells[column].textContent.trim();
      if (!first !== !second) { return first ? -1 : 1; }  // empty cells last, either way
      return (ascending ? 1 : -1) * collator.compare(first, second);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(headings, function (heading, index) {
      if (heading.hasAttribute("aria-sort")) {
        heading.setAttribute("aria-sort", index === column ? (ascending ? "ascending" : "descending") : "none");
      }
    });
  }

  function applyFilter() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = Array.prototype.filter.call(row.cells, function (cell) { return !cell.classList.contains("links"); })
        .map(function (cell) { return cell.textContent; }).join(" ").toLowerCase();
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      row.hidden = !match;
      shown += match ? 1 : 0;
    });
    count.textContent = (shown === total ? "" : shown + " of ") + total + (total === 1 ? " work" : " works");
  }

  Array.prototype.forEach.call(headings, function (heading, column) {
    var button = heading.querySelector("button");
    if (button) { button.addEventListener("click", function () { sortBy(column); }); }
  });
  filter.addEventListener("input", applyFilter);
  applyFilter();
})();
