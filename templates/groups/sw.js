{% load static %}// Bordnotat's service worker: a table's page and the static files still load when the
// network is gone, so a reload does not lose the page; the notes waiting to be sent are kept by
// the page itself (localStorage). Everything else goes to the network as usual.
const CACHE = "bordnotat-pages";
const STATIC = "{% get_static_prefix %}";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const page = request.mode === "navigate" && url.pathname.startsWith("/bord/") && url.pathname !== "/bord/";
  const asset = url.pathname.startsWith(STATIC);
  if (!page && !asset) return;
  const key = page ? url.pathname : request;
  // Network first: the page is always fresh when it can be; the copy is for when it cannot.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(key, copy));
        }
        return response;
      })
      .catch(() => caches.open(CACHE).then((cache) => cache.match(key)).then((cached) => cached || Response.error()))
  );
});
