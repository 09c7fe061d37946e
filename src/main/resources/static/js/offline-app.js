// 基层走访 on the phone: the page works from the service worker's cache without signal. A visit or a patrol report
// is saved into the IndexedDB queue with a client id (the idempotency key), and the queue is sent in order when the
// network returns: a 2xx removes an item, a network error keeps it for later, a 409 or another refusal is shown
// with the server's reason and kept until the person resubmits it as a new record or gives it up.
(function () {
  'use strict';
  var store = window.offlineStore;
  var KINDS = { RECEPTION: '接访', APPOINTMENT: '约访', HOME: '走访', RETURN: '回访', PATROL: '巡访' };
  var RETRY_MS = 30000;
  var households = [];
  var syncing = false;

  function $(id) { return document.getElementById(id); }

  function uuid() {
    return crypto.randomUUID ? crypto.randomUUID() : 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = crypto.getRandomValues(new Uint8Array(1))[0] % 16;
      return (c === 'x' ? r : (r & 3 | 8)).toString(16);
    });
  }

  function text(tag, content, className) {
    var element = document.createElement(tag);
    element.textContent = content;
    if (className) { element.className = className; }
    return element;
  }

  // ---- tabs
  function showTab(name) {
    document.querySelectorAll('.tabs [data-tab]').forEach(function (tab) {
      var on = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      $(tab.dataset.tab).hidden = !on;
    });
  }

  // ---- households: the phone's copy first, then the server's when there is signal
  function renderHouseholds() {
    var words = $('household-search').value.trim();
    var list = $('household-list');
    list.replaceChildren();
    var shown = households.filter(function (h) {
      return !words || [h.address, h.head || ''].concat(h.careTags).join(' ').indexOf(words) >= 0;
    });
    shown.forEach(function (h) {
      var item = document.createElement('li');
      item.dataset.id = h.id;
      item.appendChild(text('strong', h.address));
      item.appendChild(text('p', '户主 ' + (h.head || '—') + ' · 网格 ' + h.gridCode.slice(-3)));
      h.careTags.forEach(function (tag) { item.appendChild(text('span', tag, 'tag')); });
      item.appendChild(text('p', '上次走访 ' + (h.lastVisitedOn || '无记录')
          + (h.nextDueOn ? ' · 下次应访 ' + h.nextDueOn : ''), h.nextDueOn && h.nextDueOn < today() ? 'due' : 'hint'));
      var log = text('button', '记走访');
      log.type = 'button';
      log.addEventListener('click', function () {
        $('visit-household').value = String(h.id);
        saveDraft($('visit-form'));
        showTab('visit');
      });
      item.appendChild(log);
      list.appendChild(item);
    });
    $('households-state').textContent = households.length === 0 ? '手机上还没有住户名单，联网后自动下载。'
        : '共 ' + households.length + ' 户' + (words ? '，找到 ' + shown.length + ' 户' : '');
    var select = $('visit-household');
    var chosen = select.value;
    select.replaceChildren(new Option('请选择住户', ''));
    households.forEach(function (h) { select.appendChild(new Option(h.address + '（' + (h.head || '—') + '）', String(h.id))); });
    select.value = chosen;
  }

  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function refreshHouseholds() {
    var all = [];
    function page(after) {
      return fetch('/api/v1/visits/households?limit=500' + (after ? '&after=' + encodeURIComponent(after) : ''),
          { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
        if (response.status === 401) { throw new Error('signin'); }
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.json();
      }).then(function (body) {
        all = all.concat(body.items);
        return body.next ? page(body.next) : all;
      });
    }
    return page(null).then(function (list) {
      households = list;
      renderHouseholds();
      return store.replaceAll('households', list);
    }).catch(function (e) {
      if (e.message === 'signin') { $('signin').hidden = false; }
    });
  }

  // ---- drafts: every keystroke is kept, so a killed tab loses nothing
  function formValues(form) {
    var values = {};
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.type !== 'file') { values[field.name] = field.value; }
    });
    return values;
  }

  function saveDraft(form) {
    return store.put('drafts', { form: form.id, values: formValues(form) });
  }

  function restoreDraft(form) {
    return store.get('drafts', form.id).then(function (draft) {
      if (!draft) { return; }
      Object.keys(draft.values).forEach(function (name) {
        if (form.elements[name]) { form.elements[name].value = draft.values[name]; }
      });
      showPosition(form);
    });
  }

  function showPosition(form) {
    var lat = form.elements.lat.value;
    form.querySelector('.position').textContent = lat ? '已定位 ' + Number(lat).toFixed(5) + ', '
        + Number(form.elements.lon.value).toFixed(5) : '';
  }

  function locate(form) {
    if (!navigator.geolocation) { return; }
    form.querySelector('.position').textContent = '正在定位……';
    navigator.geolocation.getCurrentPosition(function (p) {
      form.elements.lat.value = p.coords.latitude;
      form.elements.lon.value = p.coords.longitude;
      showPosition(form);
      saveDraft(form);
    }, function () {
      form.querySelector('.position').textContent = '无法定位，可不填位置';
    }, { enableHighAccuracy: true, timeout: 15000 });
  }

  function number(value) { return value === '' || value == null ? null : Number(value); }

  function refuse(form, message) {
    var error = form.querySelector('.field-error');
    error.textContent = message;
    error.hidden = !message;
    return !message;
  }

  // ---- the two forms put an item into the queue, never straight onto the network
  function queueVisit(form) {
    var v = formValues(form);
    if (!refuse(form, v.householdId ? '' : '请选择住户')) { return null; }
    var at = v.visitedAt ? new Date(v.visitedAt) : new Date();
    return {
      type: 'visit', summary: KINDS[v.kind] + ' · ' + form.elements.householdId.selectedOptions[0].textContent,
      body: { householdId: Number(v.householdId), kind: v.kind, visitedAt: at.toISOString(), lat: number(v.lat),
        lon: number(v.lon), found: v.found.trim(), photoIds: [],
        requests: v.requests.split('\n').map(function (line) { return line.trim(); }).filter(Boolean) }
    };
  }

  function queuePatrol(form) {
    var v = formValues(form);
    var missing = !v.categoryCode ? '请选择问题类别' : !v.description.trim() ? '请填写问题描述'
        : !v.lat && !v.address.trim() ? '请记录当前位置或填写地点说明' : '';
    if (!refuse(form, missing)) { return null; }
    var photo = form.elements.photo.files[0] || null;
    return {
      type: 'patrol', photo: photo,
      summary: form.elements.categoryCode.selectedOptions[0].textContent + ' · ' + v.description.trim().slice(0, 40),
      body: { categoryCode: v.categoryCode, description: v.description.trim(), lat: number(v.lat), lon: number(v.lon),
        address: v.address.trim() || null, photoIds: [] }
    };
  }

  function enqueue(item, form) {
    item.clientId = uuid();
    item.savedAt = new Date().toISOString();
    item.state = 'pending';
    return store.put('queue', item).then(function () {
      form.reset();
      showPosition(form);
      return store.remove('drafts', form.id);
    }).then(function () {
      render();
      if (navigator.onLine) { sync(); }
    });
  }

  // ---- the queue on screen
  function render() {
    return store.all('queue').then(function (items) {
      var pending = items.filter(function (i) { return i.state === 'pending'; }).length;
      var conflicts = items.filter(function (i) { return i.state === 'conflict'; }).length;
      var refused = items.length - pending - conflicts;
      $('pending').textContent = '待同步 ' + pending + ' 条';
      var badge = $('conflicts');
      badge.hidden = conflicts + refused === 0;
      badge.textContent = '冲突 ' + conflicts + ' 条' + (refused ? '，未通过 ' + refused + ' 条' : '');
      var list = $('queue-list');
      list.replaceChildren();
      if (items.length === 0) { list.appendChild(text('li', '没有待同步的内容。', 'hint')); }
      items.forEach(function (item) { list.appendChild(queueItem(item)); });
    });
  }

  function queueItem(item) {
    var li = document.createElement('li');
    li.className = item.state;
    li.dataset.clientId = item.clientId;
    li.appendChild(text('strong', (item.type === 'visit' ? '走访记录' : '巡查上报') + ' · '
        + { pending: '待同步', conflict: '冲突', refused: '未通过' }[item.state]));
    li.appendChild(text('p', item.summary));
    var body = item.body;
    // the whole content, so what the server refused can be read and judged before it is resent or given up
    var content = item.type === 'visit' ? [body.found].concat(body.requests || [])
        : [body.description, body.address, body.lat != null ? '已定位' : ''];
    content = content.filter(Boolean).join('；');
    if (content) { li.appendChild(text('p', content, 'content')); }
    li.appendChild(text('p', '保存于 ' + item.savedAt.slice(0, 16).replace('T', ' '), 'hint'));
    if (item.state !== 'pending') {
      li.appendChild(text('p', item.detail || '服务器未说明原因', 'detail'));
      var again = text('button', '重新提交为新记录', 'resubmit');
      again.type = 'button';
      again.addEventListener('click', function () {
        // a new key: the server takes it as a record of its own, not a repeat of the one it refused
        item.clientId = uuid();
        item.state = 'pending';
        delete item.detail;
        store.put('queue', item).then(render).then(sync);
      });
      var drop = text('button', '放弃', 'drop');
      drop.type = 'button';
      drop.addEventListener('click', function () {
        if (drop.dataset.sure) {
          store.remove('queue', item.seq).then(render);
        } else {
          drop.dataset.sure = 'yes';
          drop.textContent = '确认放弃';
        }
      });
      li.appendChild(again);
      li.appendChild(drop);
    }
    return li;
  }

  // ---- sending
  /** A fresh CSRF token from the server (the page may be the cached one of an older session), or why not. */
  function freshToken() {
    return fetch('/visits/m?token=' + Date.now(), { credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
        .then(function (response) {
          if (response.type === 'opaqueredirect' || response.status === 401) { return 'signin'; }
          if (!response.ok) { return null; }
          return response.text().then(function (html) {
            var page = new DOMParser().parseFromString(html, 'text/html');
            var token = page.querySelector('meta[name="_csrf"]');
            var header = page.querySelector('meta[name="_csrf_header"]');
            return token && header ? { header: header.content, token: token.content } : 'signin';
          });
        }, function () { return null; });
  }

  function post(url, csrf, headers, body) {
    headers[csrf.header] = csrf.token;
    headers.Accept = 'application/json';
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: body });
  }

  function send(item, csrf) {
    if (item.type === 'visit') {
      var visit = Object.assign({ clientId: item.clientId }, item.body);
      return post('/api/v1/visits', csrf, { 'Content-Type': 'application/json' }, JSON.stringify(visit));
    }
    var upload = Promise.resolve(null);
    if (item.photo && !item.photoId) {
      var form = new FormData();
      form.append('file', item.photo, item.photo.name || 'photo.jpg');
      upload = post('/api/v1/attachments', csrf, {}, form).then(function (response) {
        if (!response.ok) { return response; }
        return response.json().then(function (uploaded) {
          // kept with the item, so a retry after a lost answer sends the same case, not a second photo
          item.photoId = uploaded.id;
          return store.put('queue', item).then(function () { return null; });
        });
      });
    }
    return upload.then(function (refused) {
      if (refused) { return refused; }
      var body = Object.assign({}, item.body, { photoIds: item.photoId ? [item.photoId] : [] });
      return post('/api/v1/cases', csrf, { 'Content-Type': 'application/json', 'Idempotency-Key': item.clientId },
          JSON.stringify(body));
    });
  }

  function detailOf(response) {
    return response.json().then(function (problem) { return problem.detail || problem.title; },
        function () { return '服务器返回 ' + response.status; });
  }

  function say(message) { $('sync-state').textContent = message; }

  function sync() {
    if (syncing) { return Promise.resolve(); }
    syncing = true;
    return store.all('queue').then(function (items) {
      var waiting = items.filter(function (i) { return i.state === 'pending'; });
      if (waiting.length === 0) { return; }
      say('正在同步……');
      return freshToken().then(function (csrf) {
        if (csrf === null) { return say('网络不通，内容已保存在手机上，稍后自动重试。'); }
        if (csrf === 'signin') { $('signin').hidden = false; return say('登录已过期，待同步的内容仍保存在手机上。'); }
        $('signin').hidden = true;
        return next(waiting, 0, csrf);
      });
    }).catch(function () {
      say('网络中断，内容已保存在手机上，稍后自动重试。');
    }).then(function () {
      syncing = false;
      return render();
    });
  }

  function next(items, i, csrf) {
    if (i === items.length) { return say('已全部同步。'); }
    var item = items[i];
    return send(item, csrf).then(function (response) {
      if (response.ok) {
        return store.remove('queue', item.seq).then(render).then(function () { return next(items, i + 1, csrf); });
      }
      if (response.status === 401) {
        $('signin').hidden = false;
        return say('登录已过期，待同步的内容仍保存在手机上。');
      }
      if (response.status >= 500) { return say('服务器暂时不可用，稍后自动重试。'); }
      return detailOf(response).then(function (detail) {
        item.state = response.status === 409 ? 'conflict' : 'refused';
        item.detail = detail;
        return store.put('queue', item);
      }).then(render).then(function () { return next(items, i + 1, csrf); });
    });
  }

  // ---- start
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.tabs [data-tab]').forEach(function (tab) {
      tab.addEventListener('click', function () { showTab(tab.dataset.tab); });
    });
    $('household-search').addEventListener('input', renderHouseholds);
    [$('visit-form'), $('patrol-form')].forEach(function (form) {
      form.addEventListener('input', function () { saveDraft(form); });
      form.addEventListener('change', function () { saveDraft(form); });
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var item = form.id === 'visit-form' ? queueVisit(form) : queuePatrol(form);
        if (item) { enqueue(item, form); }
      });
      form.querySelector('.locate').addEventListener('click', function () { locate(form); });
    });
    $('sync-now').addEventListener('click', sync);
    function network() {
      $('net').textContent = navigator.onLine ? '在线' : '离线（填写的内容先存在手机上）';
    }
    window.addEventListener('online', function () { network(); sync(); refreshHouseholds(); });
    window.addEventListener('offline', network);
    network();
    setInterval(function () { if (navigator.onLine) { sync(); } }, RETRY_MS);

    store.all('households').then(function (list) {
      households = list;
      renderHouseholds();
    }).then(function () {
      return Promise.all([restoreDraft($('visit-form')), restoreDraft($('patrol-form'))]);
    }).then(function () {
      render();
      if (navigator.onLine) { refreshHouseholds(); sync(); }
    });

    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js', { scope: '/visits/' }).then(function () {
        return navigator.serviceWorker.ready;
      }).then(function () {
        document.body.dataset.offlineReady = 'yes';
      });
    }
  });
})();
