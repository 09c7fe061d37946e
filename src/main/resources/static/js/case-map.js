// Maps of cases with Leaflet: one case's place (#case-map), or the cases a desk search found (#desk-map, read from
// the list API with the same filters). Works offline: without configured tiles the points draw on a blank canvas.
(function () {
  if (!window.L) { return; }
  var COUNTY = [26.35, 103.45];

  function mapIn(element) {
    var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    if (element.dataset.tiles) { L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map); }
    return map;
  }

  function dot(lat, lon) {
    return L.circleMarker([lat, lon], { radius: 7, color: '#b71c1c', weight: 2, fillColor: '#ef5350', fillOpacity: 0.8 });
  }

  var one = document.getElementById('case-map');
  if (one) {
    var lat = parseFloat(one.dataset.lat), lon = parseFloat(one.dataset.lon);
    var map = mapIn(one);
    map.setView([lat, lon], 16);
    dot(lat, lon).addTo(map);
    one.dataset.loaded = '1';
  }

  var desk = document.getElementById('desk-map');
  if (desk && desk.dataset.source) {
    var deskMap = mapIn(desk);
    deskMap.setView(COUNTY, 9);
    fetch(desk.dataset.source, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('地图数据加载失败（' + response.status + '）'); }
        return response.json();
      })
      .then(function (page) {
        var layer = L.featureGroup();
        page.items.filter(function (c) { return c.lat != null && c.lon != null; }).forEach(function (c) {
          // category names and numbers are data: Leaflet would take a string as HTML, so the tooltip gets a node
          var label = document.createElement('span');
          label.textContent = c.number + ' ' + c.categoryName;
          dot(c.lat, c.lon).bindTooltip(label).on('click', function () {
            window.location.href = '/cases/' + encodeURIComponent(c.number);
          }).addTo(layer);
        });
        layer.addTo(deskMap);
        if (layer.getLayers().length > 0) { deskMap.fitBounds(layer.getBounds(), { padding: [16, 16], maxZoom: 16 }); }
        desk.dataset.loaded = String(layer.getLayers().length);
      })
      .catch(function (error) {
        desk.textContent = error.message;
        desk.dataset.loaded = 'error';
      });
  }
})();
