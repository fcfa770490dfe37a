// Inserting a measure from the library fills the first empty measure row, so that nothing typed is lost.
document.addEventListener('click', function (e) {
  var button = e.target.closest('.library-insert');
  if (!button) return;
  var rows = document.querySelectorAll('#measure-table tbody tr');
  for (var i = 0; i < rows.length; i++) {
    var title = rows[i].querySelector('input[name="m_title"]');
    if (title && !title.value) { title.value = button.dataset.title; title.focus(); return; }
  }
});
