// 批量受理: puts a checkbox into each desk row (data-case-id, or a link to /cases/<id or number>) that belongs to the
// bulk-accept form, and shows the form once there is something to tick. Without JavaScript the form stays hidden.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('bulk-accept');
  if (!form) {
    return;
  }
  var seen = {};
  var boxes = [];
  var rows = document.querySelectorAll('[data-case-id], a[href^="/cases/"]');
  Array.prototype.forEach.call(rows, function (row) {
    if (form.parentNode.contains(row)) {
      return;
    }
    var key = row.getAttribute('data-case-id');
    if (!key && row.tagName === 'A') {
      var m = /^\/cases\/([0-9]+|[0-9]{6}-[0-9]{8}-[0-9]+)$/.exec(row.getAttribute('href'));
      key = m ? m[1] : null;
    }
    var state = row.getAttribute('data-state') || (row.closest('[data-state]') || {getAttribute: function () { return null; }}).getAttribute('data-state');
    if (!key || seen[key] || (state && state !== 'RECEIVED')) {
      return;
    }
    seen[key] = true;
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'ids';
    box.value = key;
    box.className = 'tick';
    box.setAttribute('form', 'bulk-accept');
    box.setAttribute('aria-label', '选中 ' + key);
    var wrap = document.createElement('label');
    wrap.className = 'tick-wrap';
    wrap.appendChild(box);
    row.parentNode.insertBefore(wrap, row);
    boxes.push(box);
  });
  if (boxes.length === 0) {
    return;
  }
  form.hidden = false;
  var count = document.getElementById('ticked');
  function update() {
    count.textContent = boxes.filter(function (b) { return b.checked; }).length;
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  document.getElementById('tick-all').addEventListener('change', function (e) {
    boxes.forEach(function (b) { b.checked = e.target.checked; });
    update();
  });
});
