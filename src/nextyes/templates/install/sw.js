// NextYes service worker: keeps the app shell for quick starts and shows a kind page offline.
// It never stores a page with someone's data: only the files listed in SHELL.
"use strict";

const CACHE = {{ version|safe }};
const SHELL = {{ shell|safe }};
const OFFLINE = {{ offline|safe }};

self.addEventListener("install", function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      // The offline page is fetched without cookies, so it is the same for everyone.
      return cache.addAll(SHELL.map(function (url) {
        return new Request(url, { credentials: "omit" });
      }));
    }).then(function () { return self.skipWaiting(); })
  );
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.startsWith("nextyes-shell-") && name !== CACHE;
      }).map(function (name) { return caches.delete(name); }));
    }).then(function () { return self.clients.claim(); })
  );
});

self.addEventListener("fetch", function (event) {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    // Pages always come from the network; only when it fails does the offline page stand in.
    event.respondWith(fetch(request).catch(function () {
      return caches.match(OFFLINE, { cacheName: CACHE });
    }));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && SHELL.indexOf(url.pathname) !== -1) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then(function (cached) {
      return cached || fetch(request);
    }));
  }
});
