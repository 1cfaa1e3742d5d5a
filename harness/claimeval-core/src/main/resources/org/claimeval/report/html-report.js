// Counts the marks actually rendered in the document texts, and highlights a whole mark on hover.
// Reads nothing but the page itself; loads nothing.
(function () {
  'use strict';
  var kindOf = {};
  var items = {};
  document.querySelectorAll('li.mk').forEach(function (li) {
    kindOf[li.getAttribute('data-key')] = li.getAttribute('data-kind');
    items[li.getAttribute('data-key')] = li;
  });
  var segmentsOf = {};
  document.querySelectorAll('.doc-text .s[data-a]').forEach(function (segment) {
    var keys = segment.getAttribute('data-a').split(' ');
    keys.forEach(function (key) {
      (segmentsOf[key] = segmentsOf[key] || []).push(segment);
    });
    segment.addEventListener('mouseenter', function () { highlight(keys, true); });
    segment.addEventListener('mouseleave', function () { highlight(keys, false); });
  });
  Object.keys(items).forEach(function (key) {
    items[key].addEventListener('mouseenter', function () { highlight([key], true); });
    items[key].addEventListener('mouseleave', function () { highlight([key], false); });
  });

  function highlight(keys, on) {
    keys.forEach(function (key) {
      (segmentsOf[key] || []).forEach(function (s) { s.classList.toggle('hl', on); });
      if (items[key]) { items[key].classList.toggle('hl', on); }
    });
  }

  var counts = { tp: 0, boundary: 0, fp: 0, fn: 0, unknown: 0 };
  Object.keys(segmentsOf).forEach(function (key) {
    var kind = kindOf[key];
    counts[counts.hasOwnProperty(kind) ? kind : 'unknown']++;
  });
  var listed = Object.keys(items).length;
  var rendered = Object.keys(segmentsOf).length;
  var out = document.getElementById('rendered');
  out.setAttribute('data-tp', String(counts.tp + counts.boundary));
  out.setAttribute('data-boundary', String(counts.boundary));
  out.setAttribute('data-fp', String(counts.fp));
  out.setAttribute('data-fn', String(counts.fn));
  out.setAttribute('data-listed', String(listed));
  out.setAttribute('data-rendered', 'true');
  out.textContent = 'Rendered marks: ' + (counts.tp + counts.boundary) + ' true positives (' + counts.boundary +
      ' with a boundary mismatch), ' + counts.fp + ' false positives, ' + counts.fn + ' missed' +
      (rendered === listed && counts.unknown === 0 ? '.' : '; ' + (listed - rendered) + ' marks not shown in the text!');
})();
