// The home page: the year's three rates drawn from the table beside the chart (ECharts), and the map of open cases
// and hotspot grids (Leaflet). Without JavaScript the counts, the rates and the table remain.
document.addEventListener('DOMContentLoaded', function () {
  drawTrend();
  drawMap();

  function drawTrend() {
    var box = document.getElementById('trend-chart');
    if (!box || typeof echarts === 'undefined') { return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll('#trend tbody tr'));
    if (rows.length === 0) { return; }
    function series(name, key, color) {
      return { name: name, type: 'line', connectNulls: false, itemStyle: { color: color },
        data: rows.map(function (tr) { return tr.dataset[key] ? Number(tr.dataset[key]) : null; }) };
    }
    var chart = echarts.init(box);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: rows.map(function (tr) { return tr.dataset.month.substring(2); }) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [series('响应率', 'response', '#b71c1c'), series('解决率', 'resolution', '#1565c0'),
        series('满意率', 'satisfaction', '#2e7d32')]
    });
    box.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawMap() {
    var element = document.getElementById('work-map');
    if (!element || !window.L) { return; }
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
    }
    map.setView([26.42, 103.3], 10);
    fetch(element.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('地图数据加载失败（' + response.status + '）'); }
        return response.json();
      })
      .then(function (data) {
        var bounds = L.latLngBounds([]);
        var open = {};
        data.grids.forEach(function (g) { open[g.gridCode] = g.open; });
        var most = data.grids.reduce(function (m, g) { return Math.max(m, g.open); }, 1);
        var done = data.geojson ? outlines(data.geojson, open, most, bounds) : Promise.resolve();
        return done.then(function () {
          data.hotspots.forEach(function (s) {
            var circle = L.circleMarker([s.lat, s.lon], { radius: 6 + 14 * s.open / most, color: '#b71c1c',
              fillColor: s.overdue > 0 ? '#b71c1c' : '#ef6c00', fillOpacity: 0.5, weight: 1 }).addTo(map);
            circle.bindTooltip(text(s.name + '：未结 ' + s.open + (s.overdue > 0 ? '，逾期 ' + s.overdue : '')));
            bounds.extend(circle.getLatLng());
            var item = document.createElement('li');
            item.textContent = s.name + ' · 未结 ' + s.open + (s.overdue > 0 ? ' · 逾期 ' + s.overdue : '');
            document.getElementById('hotspots').appendChild(item);
          });
          data.points.forEach(function (p) {
            var dot = L.circleMarker([p.lat, p.lon], { radius: 4, weight: 1, color: p.overdue ? '#b71c1c' : '#1565c0',
              fillOpacity: 0.8 }).addTo(map);
            dot.bindTooltip(text(p.number + ' ' + p.categoryName + (p.overdue ? '（逾期）' : '')));
            dot.on('click', function () { window.location.href = element.dataset['case'] + p.id; });
            bounds.extend(dot.getLatLng());
          });
          if (bounds.isValid()) { map.fitBounds(bounds, { padding: [16, 16], maxZoom: 16 }); }
          element.dataset.loaded = String(data.points.length);
        });
      })
      .catch(function (error) {
        element.textContent = error.message;
        element.dataset.loaded = 'error';
      });

    // grid outlines shaded by their open cases; names are imported data, so they go in as text, never as HTML
    function outlines(url, open, most, bounds) {
      return fetch(url, { headers: { 'Accept': 'application/geo+json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (collection) {
          if (!collection) { return; }
          var layer = L.geoJSON(collection, {
            style: function (feature) {
              var n = open[feature.properties.code] || 0;
              return { color: '#999', weight: 1, fillColor: '#b71c1c', fillOpacity: n === 0 ? 0.03 : 0.1 + 0.5 * n / most };
            },
            onEachFeature: function (feature, shape) {
              shape.bindTooltip(text(feature.properties.name + '：未结 ' + (open[feature.properties.code] || 0)), { sticky: true });
            }
          }).addTo(map);
          if (layer.getLayers().length > 0) { bounds.extend(layer.getBounds()); }
        })
        .catch(function () { /* the outlines are a backdrop: the points stand without them */ });
    }

    function text(value) {
      var span = document.createElement('span');
      span.textContent = String(value);
      return span;
    }
  }
});
