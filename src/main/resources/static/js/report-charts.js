// Draws each table of lines (this month, last month, a year ago) as grouped bars; without JavaScript the tables remain.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  [['categories', 'category-chart'], ['channels', 'channel-chart']].forEach(function (pair) {
    var box = document.getElementById(pair[1]);
    var rows = Array.prototype.slice.call(document.querySelectorAll('#' + pair[0] + ' tbody tr'))
      .filter(function (tr) { return tr.dataset.name; }).reverse();
    if (!box || rows.length === 0) {
      return;
    }
    box.classList.add('drawn');
    var series = [['本月', 'now', '#b71c1c'], ['上月', 'before', '#e0b0b0'], ['去年同月', 'year', '#9e9e9e']]
      .map(function (s) {
        return { name: s[0], type: 'bar', itemStyle: { color: s[2] },
          data: rows.map(function (tr) { return Number(tr.dataset[s[1]]); }) };
      });
    var chart = echarts.init(box);
    chart.setOption({
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map(function (tr) { return tr.dataset.name; }) },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
});
