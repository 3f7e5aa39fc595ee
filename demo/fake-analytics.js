// A stand-in for an analytics tag. It only runs once the visitor grants "analytics".
(function () {
  document.cookie = '_demo_an=' + Date.now().toString(36) + '; Path=/; Max-Age=31536000; SameSite=Lax';
  var box = document.getElementById('analytics-status');
  if (box) {
    box.textContent = 'Analytics is running: page view recorded at ' + new Date().toLocaleTimeString() + ' (cookie _demo_an set).';
    box.className = 'status on';
  }
})();
