// The filing form's place: "使用当前位置" (browser geolocation) or a pin on the village's grid map fill the
// hidden lat/lon; then the page asks for the grid and open duplicates nearby (htmx, on the "located" event).
// Without JavaScript the address field alone is used.
(function () {
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var text = document.getElementById('located-text');
  var locate = document.getElementById('locate');
  var element = document.getElementById('pick-map');
  if (!lat || !lon) { return; }
  var map = null;
  var pin = null;

  function place(la, lo, how) {
    lat.value = la.toFixed(6);
    lon.value = lo.toFixed(6);
    text.textContent = how + '：北纬 ' + la.toFixed(5) + '，东经 ' + lo.toFixed(5);
    if (map) {
      if (pin) { pin.setLatLng([la, lo]); } else {
        pin = L.circleMarker([la, lo], { radius: 9, color: '#b71c1c', fillColor: '#b71c1c', fillOpacity: 0.8 }).addTo(map);
      }
    }
    document.body.dispatchEvent(new Event('located'));
  }

  if (locate && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      text.textContent = '正在定位…';
      navigator.geolocation.getCurrentPosition(function (position) {
        place(position.coords.latitude, position.coords.longitude, '已定位');
        if (map) { map.setView([position.coords.latitude, position.coords.longitude], Math.max(map.getZoom(), 16)); }
      }, function () {
        text.textContent = '无法获取当前位置：请在地图上点选，或填写地址';
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  if (element && window.L) {
    element.hidden = false;
    map = L.map(element, { attributionControl: false, zoomSnap: 0.25 });
    if (element.dataset.tiles) { L.tileLayer(element.dataset.tiles, { maxZoom: 19 }).addTo(map); }
    map.setView([26.42, 103.30], 13);
    map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng, '已在地图上标出'); });
    fetch(element.dataset.geojson, { headers: { 'Accept': 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : { type: 'FeatureCollection', features: [] }; })
      .then(function (collection) {
        var layer = L.geoJSON(collection, {
          interactive: false,
          style: { color: '#b71c1c', weight: 1, fillColor: '#ef9a9a', fillOpacity: 0.15 }
        }).addTo(map);
        if (layer.getLayers().length > 0) { map.fitBounds(layer.getBounds(), { padding: [8, 8] }); }
        if (lat.value && lon.value) { place(parseFloat(lat.value), parseFloat(lon.value), '已标出位置'); }
        element.dataset.loaded = String(layer.getLayers().length);
      })
      .catch(function () { element.dataset.loaded = 'error'; });
  }
})();
