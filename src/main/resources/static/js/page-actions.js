// Small behaviours of pages that once lived in inline handlers (the CSP allows no inline script):
// a form with data-confirm asks before it is sent; a button with data-print prints the page.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener('click', function (event) {
  var button = event.target instanceof Element ? event.target.closest('[data-print]') : null;
  if (button) {
    window.print();
  }
});
