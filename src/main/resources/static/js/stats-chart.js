// Draws the ranking table above it as a bar chart; without JavaScript (or ECharts) the table alone remains.
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('chart');
  if (!box || typeof echarts === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#ranking tbody tr'))
    .filter(function (tr) { return tr.dataset.score; });
  if (rows.length === 0) {
    return;
  }
  box.classList.add('drawn');
  var names = rows.map(function (tr) { return tr.dataset.name; }).reverse();
  var scores = rows.map(function (tr) { return Number(tr.dataset.score); }).reverse();
  var chart = echarts.init(box);
  chart.setOption({
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: names },
    series: [{ type: 'bar', data: scores, itemStyle: { color: '#b71c1c' }, label: { show: true, position: 'right' } }]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
