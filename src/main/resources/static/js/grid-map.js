// Draws the grids of a village (or one grid) with Leaflet from the GeoJSON export. Works offline: without
// configured tiles the polygons draw on a blank canvas.
(function () {
  var element = document.getElementById('map');
  if (!element || !window.L) { return; }
  var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map);
  }
  fetch(element.dataset.geojson, { headers: { 'Accept': 'application/geo+json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('网格数据加载失败（' + response.status + '）'); }
      return response.json();
    })
    .then(function (collection) {
      var layer = L.geoJSON(collection, {
        style: { color: '#b71c1c', weight: 2, fillColor: '#ef9a9a', fillOpacity: 0.25 },
        onEachFeature: function (feature, shape) {
          // a grid's name is data someone imported: Leaflet would put a string in as HTML, so it gets a node
          var label = document.createElement('span');
          label.textContent = String(feature.properties.name);
          shape.bindTooltip(label, { sticky: true });
          shape.on('click', function () {
            window.location.href = element.dataset.link + encodeURIComponent(feature.properties.code);
          });
        }
      }).addTo(map);
      if (layer.getLayers().length > 0) {
        map.fitBounds(layer.getBounds(), { padding: [12, 12] });
      } else {
        map.setView([26.35, 103.45], 9);
      }
      element.dataset.loaded = String(layer.getLayers().length);
    })
    .catch(function (error) {
      element.textContent = error.message;
      element.dataset.loaded = 'error';
    });
})();
