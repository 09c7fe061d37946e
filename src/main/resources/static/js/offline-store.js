// The phone's own store for 基层走访 (IndexedDB): the households a person works, the drafts of the two forms and
// the queue of writes waiting for signal. Everything typed goes here first, so a reload or a killed tab loses
// nothing; the queue keeps its order by an increasing seq.
(function () {
  'use strict';
  // one database per account: on a shared phone one person's households and queue stay apart from the next's
  var NAME = 'jiceng-visits-' + (document.body.getAttribute('data-account') || 'anonymous');
  var opening = null;

  function open() {
    if (!opening) {
      opening = new Promise(function (resolve, reject) {
        var request = indexedDB.open(NAME, 1);
        request.onupgradeneeded = function () {
          var db = request.result;
          db.createObjectStore('households', { keyPath: 'id' });
          db.createObjectStore('drafts', { keyPath: 'form' });
          var queue = db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
          queue.createIndex('clientId', 'clientId', { unique: false });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return opening;
  }

  function run(storeName, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(storeName, mode);
        var result;
        var request = work(tx.objectStore(storeName));
        if (request) {
          request.onsuccess = function () { result = request.result; };
        }
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  window.offlineStore = {
    all: function (store) { return run(store, 'readonly', function (s) { return s.getAll(); }); },
    get: function (store, key) { return run(store, 'readonly', function (s) { return s.get(key); }); },
    put: function (store, value) { return run(store, 'readwrite', function (s) { return s.put(value); }); },
    remove: function (store, key) { return run(store, 'readwrite', function (s) { return s.delete(key); }); },
    /** Replaces every row of a store in one transaction: a household list is never half old, half new. */
    replaceAll: function (store, values) {
      return run(store, 'readwrite', function (s) {
        s.clear();
        values.forEach(function (v) { s.put(v); });
        return null;
      });
    }
  };
})();
