/**
 * The host-side script of our embed code (served minified at `routes.embedScript()`
 * by src/pages/embed.js.ts; ≤ 1 KB gzip, no dependency; README, "Embedding").
 * Plain ES2019 for any host page. It sizes only iframes it owns
 * (`data-counterpoint-embed`), accepts a height only from that iframe's own
 * window (`event.source`) AND origin, clamps it, ignores anything malformed,
 * and hides the frame's fallback once the frame shows. It passes on the theme
 * the host shows (`data-counterpoint-theme="light|dark|auto"` on the iframe,
 * watched for changes): in the frame's URL before it loads, so its first paint
 * is right, then as a message only to the frame's own origin.
 */
/* global window, document, location, addEventListener, MutationObserver */
(function () {
  'use strict';
  if (window.counterpointEmbed) return; // pasted twice: one listener is enough
  window.counterpointEmbed = 1;
  var MIN = 150;
  var MAX = 30000;
  var THEME = 'data-counterpoint-theme';

  function frames() {
    return document.querySelectorAll('iframe[data-counterpoint-embed]');
  }

  // Where a frame's messages come from: its URL's origin, or 'null' in a sandbox without allow-same-origin.
  function originOf(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/\ballow-same-origin\b/.test(sandbox)) return 'null';
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  }

  function theme(frame) {
    var value = frame.getAttribute(THEME);
    var origin = originOf(frame);
    if (!/^(light|dark|auto)$/.test(value) || !origin) return;
    try {
      // Readable only while the frame has not loaded yet: set the theme it will load with.
      if (frame.contentWindow.location.href === 'about:blank') {
        var url = new URL(frame.src, location.href);
        if (value === 'auto') url.searchParams.delete('theme');
        else url.searchParams.set('theme', value);
        if (url.href !== frame.src) frame.src = url.href;
        return;
      }
    } catch {
      // Loaded from our origin: tell it.
    }
    frame.contentWindow.postMessage({ type: 'counterpoint:theme', theme: value }, origin === 'null' ? '*' : origin);
  }

  addEventListener('message', function (event) {
    var data = event.data;
    var list = frames();
    if (!data || data.type !== 'counterpoint:height' || typeof data.height !== 'number' || !(data.height > 0)) return;
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source || event.origin !== originOf(frame)) continue;
      var height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('scrolling', height < MAX ? 'no' : 'auto');
      theme(frame); // a frame that loaded after a change of theme
      // The frame shows: hide its fallback (quote before, link after).
      [frame.previousElementSibling, frame.nextElementSibling].forEach(function (el) {
        if (el && el.hasAttribute('data-counterpoint-fallback')) el.style.display = 'none';
      });
      return;
    }
  });

  new MutationObserver(function (changes) {
    changes.forEach(function (change) {
      if (change.target.hasAttribute('data-counterpoint-embed')) theme(change.target);
    });
  }).observe(document.documentElement, { subtree: true, attributeFilter: [THEME] });

  // Frames that loaded before this script reported to nobody: ask again. (A frame
  // whose document we can read still shows about:blank; it will report when it loads.)
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    theme(list[i]);
    var origin = originOf(list[i]);
    try {
      if (list[i].contentWindow.document) continue;
    } catch {
      if (origin) list[i].contentWindow.postMessage({ type: 'counterpoint:ready' }, origin === 'null' ? '*' : origin);
    }
  }
})();
