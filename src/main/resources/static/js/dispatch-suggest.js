// Category and unit suggestions beside a case text: on the filing form as the text is typed (after a pause), on
// the dispatch form when it opens. A click on a suggestion picks it in the form's select; nothing is chosen for
// the person. Without JavaScript, or without a trained model, the box stays empty and the form works as before.
(function () {
  var boxes = document.querySelectorAll('[data-dispatch-suggest]');
  if (!boxes.length || !window.fetch) { return; }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');

  function percent(confidence) { return Math.round(confidence * 100) + '%'; }

  function chip(label, confidence, select, value) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip';
    button.textContent = label + ' ' + percent(confidence);
    if (select) {
      button.addEventListener('click', function () {
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    } else {
      button.disabled = true;
    }
    return button;
  }

  function row(title, items) {
    var p = document.createElement('p');
    var strong = document.createElement('strong');
    strong.textContent = title + '：';
    p.appendChild(strong);
    items.forEach(function (item) { p.appendChild(item); });
    return p;
  }

  function show(box, answer) {
    var categorySelect = box.dataset.categorySelect ? document.querySelector(box.dataset.categorySelect) : null;
    var unitSelect = box.dataset.unitSelect ? document.querySelector(box.dataset.unitSelect) : null;
    box.textContent = '';
    if (!answer.categories.length) { box.hidden = true; return; }
    box.appendChild(row('建议类别', answer.categories.map(function (c) {
      return chip(c.name, c.confidence, categorySelect, c.code);
    })));
    if (box.dataset.units !== 'false' && answer.units.length) {
      box.appendChild(row('建议承办单位', answer.units.map(function (u) {
        return chip(u.name, u.confidence, unitSelect, String(u.id));
      })));
    }
    box.hidden = false;
  }

  function ask(box, text) {
    if (!text || text.trim().length < 5) { box.hidden = true; return; }
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    var body = { text: text.slice(0, 2000) };
    var lat = document.getElementById('lat');
    var lon = document.getElementById('lon');
    if (lat && lon && lat.value && lon.value) { body.lat = parseFloat(lat.value); body.lon = parseFloat(lon.value); }
    fetch(box.dataset.dispatchSuggest, { method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify(body) })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) { if (answer) { show(box, answer); } })
      .catch(function () { box.hidden = true; });
  }

  boxes.forEach(function (box) {
    var source = box.dataset.source ? document.querySelector(box.dataset.source) : null;
    if (source) {
      var timer = null;
      source.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () { ask(box, source.value); }, 500);
      });
      if (source.value) { ask(box, source.value); }
    } else if (box.dataset.text) {
      ask(box, box.dataset.text);
    }
  });
})();
