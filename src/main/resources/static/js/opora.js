// Sends the CSRF token with every htmx request, read from the page's meta tags.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) event.detail.headers[header.content] = token.content;
});
// Asks before a form marked data-confirm is sent.
document.addEventListener("submit", function (event) {
  var message = event.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) event.preventDefault();
});
// Shows that a long upload is under way.
document.addEventListener("submit", function (event) {
  var busy = event.target.querySelector("[data-busy]");
  if (busy) { busy.hidden = false; }
});
// Every data table of more than a few rows sorts by a column when its header is clicked (again:
// the other way); a long one gets a box that keeps only the rows containing what is typed. Tables
// paged by the server sort and search there (their headers are links, a pager follows them); a
// table marked data-plain is left alone.
(function () {
  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : "";
  }
  function key(cell) {
    var text = (cell ? cell.textContent : "").trim();
    var date = /^(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
    if (date) return { n: Number(date[3] + date[2] + date[1]) };
    var plain = text.replace(/[\s\u00a0%]/g, "").replace("\u2212", "-").replace(",", ".");
    if (/^[+-]?\d+(\.\d+)?$/.test(plain)) return { n: Number(plain) };
    return { s: text.toLowerCase() };
  }
  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
    if (a.n !== undefined) return -1;
    if (b.n !== undefined) return 1;
    return a.s.localeCompare(b.s, "ru");
  }
  function sortBy(table, th, index) {
    var body = table.tBodies[0];
    var down = th.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (c) { c.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", down ? "descending" : "ascending");
    var rows = Array.prototype.map.call(body.rows, function (r) { return { row: r, key: key(r.cells[index]) }; });
    rows.sort(function (a, b) { return down ? compare(b.key, a.key) : compare(a.key, b.key); });
    rows.forEach(function (r) { body.appendChild(r.row); });
  }
  function addFilter(table) {
    var label = document.createElement("label");
    label.className = "table-filter";
    var caption = document.createElement("span");
    caption.textContent = meta("opora-table-filter");
    var input = document.createElement("input");
    input.type = "search";
    label.appendChild(caption);
    label.appendChild(input);
    var before = table.parentNode.classList.contains("scroll") ? table.parentNode : table;
    before.parentNode.insertBefore(label, before);
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
  function regular(table, columns) {
    return Array.prototype.every.call(table.tBodies[0].rows, function (r) { return r.cells.length === columns; });
  }
  function enhance(root) {
    root.querySelectorAll("table.data:not([data-plain])").forEach(function (table) {
      var body = table.tBodies[0];
      if (table.dataset.enhanced || !body || !table.tHead || body.rows.length < 8) return;
      table.dataset.enhanced = "1";
      var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
      var serverSorted = table.tHead.querySelector("a");
      if (!serverSorted && table.tHead.rows.length === 1 && regular(table, heads.length))
        Array.prototype.forEach.call(heads, function (th, index) {
          if (th.querySelector("button, input") || th.textContent.trim() === "") return;
          var button = document.createElement("button");
          button.type = "button";
          button.className = "sort";
          button.title = meta("opora-table-sort");
          while (th.firstChild) button.appendChild(th.firstChild);
          th.appendChild(button);
          button.addEventListener("click", function () { sortBy(table, th, index); });
        });
      // a table the server pages is searched by the page's own form, not a page at a time
      var paged = table.closest("section, main").querySelector("nav.pager");
      if (body.rows.length >= 20 && !paged) addFilter(table);
    });
  }
  document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  document.addEventListener("htmx:afterSettle", function (event) { enhance(event.target); });
})();
