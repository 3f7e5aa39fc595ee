// A stand-in for Google's gtag.js: it prints every consent command the page queued in
// window.dataLayer, in order, so you can see the default come first and an update follow each choice.
(function () {
  var out = document.getElementById('gtag-log');
  var layer = (window.dataLayer = window.dataLayer || []);
  function show(entry) {
    var args = Array.prototype.slice.call(entry);
    var line = entry && entry.event ? 'event ' + entry.event : args[0] === 'consent' ? 'consent ' + args[1] + ' ' + JSON.stringify(args[2]) : null;
    if (line && out) out.textContent += (out.textContent ? '\n' : '') + line;
  }
  layer.forEach(show);
  var push = layer.push;
  layer.push = function () {
    Array.prototype.forEach.call(arguments, show);
    return push.apply(layer, arguments);
  };
})();
