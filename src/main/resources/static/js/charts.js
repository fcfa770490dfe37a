// Draws every <canvas data-chart='{...Chart.js config...}'> on the page (no inline scripts: the CSP forbids them).
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var config = JSON.parse(canvas.getAttribute("data-chart"));
    config.options = config.options || {};
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.animation = false;
    new Chart(canvas, config);
  });
});
