// The upload form posts to /risk/questionnaires/{kind}/{what}: the two selects choose the address.
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("upload-form");
  if (!form) return;
  var kind = document.getElementById("upload-kind");
  var what = document.getElementById("upload-what");
  function update() {
    form.action = form.action.replace(/\/risk\/questionnaires\/[^/]+\/[^/?]+/, "/risk/questionnaires/" + kind.value + "/" + what.value);
  }
  kind.addEventListener("change", update);
  what.addEventListener("change", update);
  update();
});
