// The service worker of 基层走访 (/visits/m): it keeps the app shell so the page opens without signal. The page is
// fetched network-first (a fresh page when there is signal, the kept one when not); its CSS, JS and icons are served
// from the cache and refreshed behind. Writes never pass through here: the page queues them in IndexedDB.
'use strict';
var CACHE = 'jiceng-visits-v1';
var PAGE = '/visits/m';
var SHELL = ['/css/jiceng.css', '/css/offline-app.css', '/js/offline-store.js', '/js/offline-app.js',
  '/manifest.webmanifest', '/img/offline-icon-192.png', '/img/offline-icon-512.png'];

function keepPage(cache, response) {
  // a sign-in page the server redirected to is not the app: keep the last good one
  if (response.ok && !response.redirected && response.type === 'basic') {
    return cache.put(PAGE, response.clone()).then(function () { return response; });
  }
  return Promise.resolve(response);
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return cache.addAll(SHELL).then(function () {
      return fetch(PAGE, { credentials: 'same-origin' }).then(function (response) { return keepPage(cache, response); });
    });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf('jiceng-visits-') === 0 && n !== CACHE; })
        .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.search) {
    return; // writes, the API and the page's own token fetch go straight to the network
  }
  if (url.pathname === PAGE) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return fetch(request).then(function (response) { return keepPage(cache, response); }, function () {
        return cache.match(PAGE).then(function (kept) { return kept || Response.error(); });
      });
    }));
    return;
  }
  if (SHELL.indexOf(url.pathname) >= 0) {
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(url.pathname).then(function (kept) {
        var fresh = fetch(request).then(function (response) {
          if (response.ok) { cache.put(url.pathname, response.clone()); }
          return response;
        });
        if (kept) {
          event.waitUntil(fresh.catch(function () { return null; }));
          return kept;
        }
        return fresh;
      });
    }));
  }
});
