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
