/*! Counterpoint host script: sizes Counterpoint iframes to their content. See the README, "Embedding". */
(function () {
  'use strict';
  var MIN = 150, MAX = 20000;
  function frames() {
    return document.querySelectorAll('iframe[data-counterpoint-embed]');
  }
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'counterpoint:height') return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      // Only the frame that sent it, and only from that frame's own origin.
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (event.origin !== origin) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.ceil(height))) + 'px';
      frame.setAttribute('scrolling', 'no');
      return;
    }
  });
})();
