// Service-hour forms: a photo chosen is uploaded at once (POST /api/v1/attachments) and its id added to the form's
// hidden photoIds. Without JavaScript the file input stays hidden and the hours are sent without photos.
(function () {
  if (!window.fetch || !window.FormData) { return; }
  var csrf = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.querySelectorAll('.field.photos').forEach(function (field) {
    var file = field.querySelector('.photo-file');
    var ids = field.querySelector('.photo-ids');
    var text = field.querySelector('.photo-text');
    if (!file || !ids) { return; }
    file.hidden = false;
    file.addEventListener('change', function () {
      if (!file.files.length) { return; }
      var body = new FormData();
      body.append('file', file.files[0]);
      var headers = {};
      if (csrf && header) { headers[header.content] = csrf.content; }
      text.textContent = '正在上传照片…';
      fetch('/api/v1/attachments', { method: 'POST', body: body, headers: headers, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response); })
        .then(function (uploaded) {
          var list = ids.value ? ids.value.split(',') : [];
          list.push(uploaded.id);
          ids.value = list.join(',');
          text.textContent = '已附 ' + list.length + ' 张照片';
          file.value = '';
        })
        .catch(function () { text.textContent = '照片上传失败，请重试'; });
    });
  });
})();
