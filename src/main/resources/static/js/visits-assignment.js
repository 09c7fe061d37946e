// Colours each grid of the 包保 map by whether every household in it is held: green when all are, orange when
// some are not, grey when the grid has no household on record. Works without tiles, on a blank canvas.
(function () {
  var element = document.getElementById('assignment-map');
  if (!element || !window.L) { return; }
  var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
  function json(url, accept) {
    return fetch(url, { headers: { 'Accept': accept }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('地图数据加载失败（' + response.status + '）'); }
      return response.json();
    });
  }
  function grids(node, into) {
    if (node.kind === 'GRID') { into[node.code] = node; return into; }
    (node.children || []).forEach(function (child) { grids(child, into); });
    return into;
  }
  Promise.all([json(element.dataset.geojson, 'application/geo+json'), json(element.dataset.tree, 'application/json')])
    .then(function (answers) {
      var held = grids(answers[1], {});
      var layer = L.geoJSON(answers[0], {
        style: function (feature) {
          var grid = held[feature.properties.code];
          var colour = !grid || grid.households === 0 ? '#9e9e9e' : (grid.held === grid.households ? '#2e7d32' : '#ef6c00');
          return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.35 };
        },
        onEachFeature: function (feature, shape) {
          var grid = held[feature.properties.code];
          // names are imported data: a text node, never HTML
          var label = document.createElement('span');
          label.textContent = String(feature.properties.name) + (grid ? '：' + grid.held + '/' + grid.households + ' 户有人包' : '');
          shape.bindTooltip(label, { sticky: true });
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
