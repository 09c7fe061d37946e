// Draws the villages' table as bars (items done, of them on time, taken in by an agent; bookings); without
// JavaScript (or ECharts) the table remains.
document.addEventListener('DOMContentLoaded', function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#villages tbody tr[data-name]'));
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
    legend: { data: ['办结', '按时办结', '代办', '预约'] },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map(function (tr) { return tr.dataset.name; }), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '办结', type: 'bar', data: column('handled'), itemStyle: { color: '#1565c0' } },
      { name: '按时办结', type: 'bar', data: column('onTime'), itemStyle: { color: '#2e7d32' } },
      { name: '代办', type: 'bar', data: column('agency'), itemStyle: { color: '#b71c1c' } },
      { name: '预约', type: 'bar', data: column('bookings'), itemStyle: { color: '#9e9e9e' } }
    ]
  });
  window.addEventListener('resize', function () { chart.resize(); });
});
