// Fills the category choices of the "open a case" forms from the case loop's category list (leaves only).
document.addEventListener('DOMContentLoaded', function () {
  var selects = document.querySelectorAll('select.case-category');
  if (selects.length === 0) { return; }
  fetch(selects[0].dataset.categories, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : { items: [] }; })
    .then(function (answer) {
      var all = answer.items || [];
      var names = {};
      all.forEach(function (c) { if (!c.parentCode) { names[c.code] = c.name; } });
      selects.forEach(function (select) {
        var groups = {};
        all.filter(function (c) { return c.leaf && c.active; }).forEach(function (c) {
          var group = groups[c.parentCode];
          if (!group) {
            group = document.createElement('optgroup');
            group.label = names[c.parentCode] || c.parentCode;
            groups[c.parentCode] = group;
            select.appendChild(group);
          }
          var option = document.createElement('option');
          option.value = c.code;
          option.textContent = c.name;
          group.appendChild(option);
        });
        select.required = true;
      });
    });
});
