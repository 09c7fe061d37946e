// The visit form on a phone: "用当前位置" fills the hidden lat/lon from the browser's geolocation, and a photo
// taken is uploaded at once (POST /api/v1/attachments) with its id added to the hidden photoIds. Without
// JavaScript the form is sent without position and photos.
(function () {
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var text = document.getElementById('located-text');
  var locate = document.getElementById('locate');
  if (locate && lat && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', function () {
      text.textContent = '正在定位…';
      navigator.geolocation.getCurrentPosition(function (position) {
        lat.value = position.coords.latitude.toFixed(6);
        lon.value = position.coords.longitude.toFixed(6);
        text.textContent = '已定位：北纬 ' + position.coords.latitude.toFixed(5) + '，东经 ' + position.coords.longitude.toFixed(5);
      }, function () {
        text.textContent = '无法获取当前位置，可不填位置直接保存';
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    });
  }

  var file = document.getElementById('photo-file');
  var ids = document.getElementById('photo-ids');
  var photoText = document.getElementById('photo-text');
  if (!file || !ids || !window.fetch || !window.FormData) { return; }
  file.hidden = false;
  var csrf = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  file.addEventListener('change', function () {
    if (!file.files.length) { return; }
    var body = new FormData();
    body.append('file', file.files[0]);
    var headers = {};
    if (csrf && header) { headers[header.content] = csrf.content; }
    photoText.textContent = '正在上传照片…';
    fetch('/api/v1/attachments', { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : Promise.reject(response); })
      .then(function (uploaded) {
        var list = ids.value ? ids.value.split(',') : [];
        list.push(uploaded.id);
        ids.value = list.join(',');
        photoText.textContent = '已附 ' + list.length + ' 张照片';
        file.value = '';
      })
      .catch(function () { photoText.textContent = '照片上传失败，请重试'; });
  });
})();
