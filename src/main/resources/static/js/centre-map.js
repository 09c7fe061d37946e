// Draws the service centres with a 15-minute walking circle (1,000 m) each, and the household asked about. Works
// offline: no tiles are configured, so the circles draw on a blank canvas.
(function () {
  var element = document.getElementById('map');
  if (!element || !window.L) { return; }
  var data = JSON.parse(element.dataset.map || '{"centres":[]}');
  var map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
  var layers = [];
  data.centres.forEach(function (centre) {
    var circle = L.circle([centre.lat, centre.lon], { radius: data.radius, color: '#b71c1c', weight: 1,
      fillColor: '#ef9a9a', fillOpacity: 0.15 }).addTo(map);
    var marker = L.circleMarker([centre.lat, centre.lon], { radius: 7, color: '#b71c1c', fillOpacity: 1 }).addTo(map);
    // names and offers are data someone typed: Leaflet would put a string in as HTML, so they get a node
    var label = document.createElement('span');
    label.textContent = centre.name + (centre.offers ? '：' + centre.offers : '');
    marker.bindTooltip(label);
    marker.on('click', function () { window.location.href = element.dataset.link + centre.id; });
    layers.push(circle);
  });
  if (data.home) {
    var home = L.circleMarker([data.home.lat, data.home.lon], { radius: 8, color: '#1565c0', fillOpacity: 1 }).addTo(map);
    var text = document.createElement('span');
    text.textContent = '我家';
    home.bindTooltip(text, { permanent: true });
    map.setView([data.home.lat, data.home.lon], 15);
  } else if (layers.length > 0) {
    map.fitBounds(L.featureGroup(layers).getBounds(), { padding: [12, 12] });
  } else {
    map.setView([26.42, 103.3], 12);
  }
  element.dataset.loaded = String(data.centres.length);
})();
