// Draws the coverage table above it as bars (households, held, visited) and lets a row or a bar open the place
// below; without JavaScript (or ECharts) the table and its links remain.
document.addEventListener('DOMContentLoaded', function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#coverage tbody tr[data-name]'));
  rows.forEach(function (tr) {
    if (tr.dataset.href) {
      tr.style.cursor = 'pointer';
      tr.addEventListener('click', function (e) {
        if (e.target.tagName !== 'A') {
          window.location.href = tr.dataset.href;
        }
      });
    }
  });
  var box = document.getElementById('chart');
  if (!box || typeof echarts === 'undefined' || rows.length === 0) {
    return;
  }
  box.classList.add('drawn');
  function column(name) {
    return rows.map(function (tr) { return Number(tr.dataset[name]); });
  }
  var chart = echarts.init(box);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['户数', '已包保', '已走访'] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map(function (tr) { return tr.dataset.name; }), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value' },
    series: [
      { name: '户数', type: 'bar', data: column('households'), itemStyle: { color: '#9e9e9e' } },
      { name: '已包保', type: 'bar', data: column('held'), itemStyle: { color: '#1565c0' } },
      { name: '已走访', type: 'bar', data: column('visited'), itemStyle: { color: '#b71c1c' } }
    ]
  });
  chart.on('click', function (p) {
    var tr = rows[p.dataIndex];
    if (tr && tr.dataset.href) {
      window.location.href = tr.dataset.href;
    }
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
