// 批量受理: the desk draws a checkbox (name="ids", form="bulk-accept") beside each case waiting for acceptance, in
// its phone cards and in its wide table alike; this shows the form once there is one to tick, and "全选本页" ticks
// only the boxes on screen, so a case is not sent twice. Without JavaScript the form stays hidden.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('bulk-accept');
  if (!form) {
    return;
  }
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input.tick[form="bulk-accept"]'));
  if (boxes.length === 0) {
    return;
  }
  form.hidden = false;
  var count = document.getElementById('ticked');
  function shown(box) {
    return box.offsetParent !== null;
  }
  function update() {
    count.textContent = boxes.filter(function (b) { return b.checked && shown(b); }).length;
  }
  boxes.forEach(function (b) { b.addEventListener('change', update); });
  document.getElementById('tick-all').addEventListener('change', function (e) {
    boxes.forEach(function (b) { b.checked = e.target.checked && shown(b); });
    update();
  });
  // a box ticked on the other layout (the window was turned or resized) is not sent unseen
  form.addEventListener('submit', function () {
    boxes.forEach(function (b) { if (!shown(b)) { b.checked = false; } });
  });
});
