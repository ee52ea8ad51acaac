/*
 * Cairn's service worker, registered by offline-queue.js for the path of one page that opts into
 * offline use (such as /diary), and only for that path. It lets that page open without a connection:
 *   - the page itself: from the network when there is one (and then kept as the offline copy), else
 *     the last copy, if it is less than twelve hours old;
 *   - the stylesheet and scripts the page needs: from the network, else from the copy.
 * It never answers a POST or anything outside its page: saving is the queue's work, on the page.
 * A copy is dropped when the server sends the page's visitor to sign in, and when the person signs
 * out on the page (offline-queue.js clears the caches), so a signed-out device keeps no page.
 */
'use strict';

var CACHE = 'cairn-offline-v1';
var MAX_AGE_MS = 12 * 60 * 60 * 1000;
var STAMP = 'X-Cairn-Offline-Copy';
var ASSETS = ['css/cairn.css', 'js/offline-queue.js', 'webjars/htmx.org/dist/htmx.min.js'];

/* The application's root, from where this script is served (…/js/offline-sw.js). */
var ROOT = new URL('../', self.location.href).pathname;
var ASSET_PATHS = ASSETS.map(function (a) { return ROOT + a; });

function scopePath() {
  return new URL(self.registration.scope).pathname;
}

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(ASSET_PATHS.map(function (path) {
      return fetch(path, { credentials: 'same-origin' }).then(function (response) {
        return response.ok ? cache.put(path, response) : undefined;
      }).catch(function () {});
    }).concat([fetch(scopePath(), { credentials: 'same-origin' }).then(function (response) {
      return response.ok && !response.redirected ? keep(response) : undefined;
    }).catch(function () {})]));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && url.pathname === scopePath()) {
    // Every visit of the page goes through here; only the plain page (no query, so no
    // "saved" banner) is kept as the offline copy.
    event.respondWith(page(request));
  } else if (ASSET_PATHS.indexOf(url.pathname) >= 0) {
    event.respondWith(asset(request, url.pathname));
  }
});

function page(request) {
  var key = scopePath();
  return fetch(request).then(function (response) {
    var landed = new URL(response.url || request.url);
    if (/\/login$/.test(landed.pathname)) {
      return caches.delete(CACHE).then(function () { return response; });
    }
    if (response.ok && landed.pathname === key && !landed.search) {
      keep(response.clone()).catch(function () {});
    }
    return response;
  }).catch(function (error) {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key);
    }).then(function (copy) {
      if (copy && Date.now() - Number(copy.headers.get(STAMP) || 0) < MAX_AGE_MS) {
        return copy;
      }
      throw error;
    });
  });
}

/* Keeps a page as the offline copy, stamped with when it was kept. */
function keep(response) {
  return response.blob().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(STAMP, String(Date.now()));
    return caches.open(CACHE).then(function (cache) {
      return cache.put(scopePath(), new Response(body, { status: 200, headers: headers }));
    });
  });
}

function asset(request, path) {
  return fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(path, copy); }).catch(function () {});
    }
    return response;
  }).catch(function (error) {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(path);
    }).then(function (copy) {
      if (copy) {
        return copy;
      }
      throw error;
    });
  });
}
