/*
 * Cairn's offline queue: a form POST that must not be lost survives a missing connection.
 *
 * A page opts in with two things:
 *   - the attribute data-offline-queue="<what it is, for people>" on a form that posts with a hidden
 *     clientId field (a new id for every entry; the server stores one entry per clientId), and
 *     optionally data-offline-detail="<field>" naming a field whose value describes the entry;
 *   - the fragment diary/offline :: queue once on the page: it says what is waiting and loads this file.
 *
 * On submit the entry is first written to this device (localStorage), then sent. It leaves the device
 * only when the server has answered: a success removes it, a refusal (422) keeps it marked for the
 * person to see, anything else (no connection, a server error, signed out) leaves it waiting. Waiting
 * entries are sent again when the connection comes back, when the page is opened or shown again, and
 * every half minute while the page is open. A resend of the same clientId is a replay to the server,
 * so sending twice never stores twice.
 *
 * Entries are kept by owner: an opaque key of the signed-in account. Before sending, the queue asks
 * the server who is signed in now and for a fresh CSRF token; it sends only that account's entries,
 * so one person's entries are never sent under another's session. Signing out on a page with this
 * script also clears the copies of pages kept for offline use (the service worker's cache).
 *
 * The service worker (offline-sw.js) is registered for the opting page's own path only, so that the
 * page opens without a connection; it never handles a POST.
 */
(function () {
  'use strict';

  var KEY = 'cairn.offline.queue.v1';
  var USED = 'cairn.offline.used.v1';
  var CACHE_PREFIX = 'cairn-offline';
  var RETRY_MS = 30000;

  var status = document.querySelector('[data-offline-status]');
  if (!status || !window.localStorage || !window.fetch || !window.URLSearchParams || window.cairnOfflineQueue) {
    return;
  }
  window.cairnOfflineQueue = true;
  var forms = [];
  var owner = status.getAttribute('data-owner');
  var summary = null;
  var list = null;
  var syncing = false;
  var note = null;

  /* Finds the status region and the opting forms of the page as it is now. */
  function bind() {
    status = document.querySelector('[data-offline-status]') || status;
    summary = status.querySelector('[data-offline-summary]');
    list = status.querySelector('[data-offline-list]');
    forms = Array.prototype.slice.call(document.querySelectorAll('form[data-offline-queue]'));
    forms.forEach(function (form) {
      if (!form.hasAttribute('data-offline-bound')) {
        form.setAttribute('data-offline-bound', '');
        form.addEventListener('submit', onSubmit);
      }
    });
  }

  function text(name) {
    return status.getAttribute('data-text-' + name) || '';
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, i) {
      return values[Number(i)] === undefined ? match : String(values[Number(i)]);
    });
  }

  function load() {
    try {
      var items = JSON.parse(localStorage.getItem(KEY) || '[]');
      return Array.isArray(items) ? items : [];
    } catch (e) {
      return [];
    }
  }

  function store(items) {
    localStorage.setItem(KEY, JSON.stringify(items));
  }

  function mine() {
    return load().filter(function (item) { return item.owner === owner; });
  }

  function update(id, change) {
    store(load().map(function (item) {
      return item.id === id && item.owner === owner ? change(item) : item;
    }).filter(Boolean));
  }

  function remember(clientId) {
    var used = [];
    try { used = JSON.parse(localStorage.getItem(USED) || '[]'); } catch (e) { used = []; }
    used.push(clientId);
    localStorage.setItem(USED, JSON.stringify(used.slice(-100)));
  }

  function used(clientId) {
    try { return JSON.parse(localStorage.getItem(USED) || '[]').indexOf(clientId) >= 0; } catch (e) { return false; }
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  /* A page served from the offline copy still carries the clientId it was rendered with. */
  function freshClientIds() {
    forms.forEach(function (form) {
      var field = form.querySelector('input[name="clientId"]');
      if (field && (used(field.value) || load().some(function (item) { return item.id === field.value; }))) {
        field.value = newId();
      }
    });
  }

  function render() {
    var items = mine();
    var waiting = items.filter(function (item) { return item.state !== 'refused'; });
    status.hidden = false;
    var message;
    if (note) {
      message = text(note);
    } else if (waiting.length === 0) {
      message = text('none');
    } else if (!navigator.onLine) {
      message = text('offline');
    } else {
      message = '';
    }
    if (waiting.length > 0) {
      var count = waiting.length === 1 ? text('one') : format(text('many'), [waiting.length]);
      message = message ? count + ' ' + message : count;
    }
    summary.textContent = message;
    list.textContent = '';
    items.forEach(function (item) {
      var li = document.createElement('li');
      li.className = 'list__item';
      var p = document.createElement('p');
      var time = new Date(item.queuedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
      p.textContent = format(text('item'), [item.label, item.detail || '', time]);
      li.appendChild(p);
      if (item.state === 'refused') {
        var why = document.createElement('p');
        why.className = 'field-error';
        why.textContent = text('refused');
        li.appendChild(why);
        var remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button button--quiet';
        remove.textContent = text('remove');
        remove.addEventListener('click', function () {
          update(item.id, function () { return null; });
          render();
        });
        li.appendChild(remove);
      }
      list.appendChild(li);
    });
  }

  function isSignIn(response) {
    try {
      return new URL(response.url).pathname.replace(/\/+$/, '').endsWith('/login');
    } catch (e) {
      return false;
    }
  }

  function post(item, session) {
    var body = new URLSearchParams();
    item.fields.forEach(function (pair) {
      if (!session || pair[0] !== session.parameterName) {
        body.append(pair[0], pair[1]);
      }
    });
    if (session && session.parameterName) {
      body.append(session.parameterName, session.token);
    }
    return fetch(item.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'follow',
      headers: { 'Accept': 'text/html' }
    });
  }

  /* Who is signed in now, and this session's CSRF token; null when nobody is. */
  function session() {
    return fetch(status.getAttribute('data-session'), {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || isSignIn(response) || type.indexOf('json') < 0) {
        return null;
      }
      return response.json();
    });
  }

  function syncAll() {
    if (syncing || !navigator.onLine) {
      render();
      return Promise.resolve();
    }
    var waiting = mine().filter(function (item) { return item.state !== 'refused'; });
    if (waiting.length === 0) {
      render();
      return Promise.resolve();
    }
    syncing = true;
    note = 'sending';
    render();
    return session().then(function (current) {
      if (!current || current.owner !== owner) {
        note = 'signin';
        return;
      }
      var chain = Promise.resolve(true);
      waiting.forEach(function (item) {
        chain = chain.then(function (goOn) {
          if (!goOn) {
            return false;
          }
          return post(item, current).then(function (response) {
            if (isSignIn(response)) {
              note = 'signin';
              return false;
            }
            if (response.ok) {
              remember(item.id);
              update(item.id, function () { return null; });
              return true;
            }
            if (response.status === 422 || response.status === 409) {
              update(item.id, function (it) { it.state = 'refused'; return it; });
              return true;
            }
            return false;
          });
        });
      });
      return chain.then(function () {
        if (note === 'sending') {
          note = mine().some(function (item) { return item.state !== 'refused'; }) ? null : 'sent';
        }
      });
    }).catch(function () {
      note = null;
    }).then(function () {
      syncing = false;
      render();
    });
  }

  function sync() {
    if (navigator.locks && navigator.locks.request) {
      // One tab at a time; another tab holding the lock is already sending.
      return navigator.locks.request('cairn-offline-sync', { ifAvailable: true }, function (lock) {
        return lock ? syncAll() : render();
      });
    }
    return syncAll();
  }

  function enqueue(form, submitter) {
    var data = submitter ? new FormData(form, submitter) : new FormData(form);
    var written = form.querySelector('input[name="writtenAt"]');
    if (written && !data.get('writtenAt')) {
      data.set('writtenAt', new Date().toISOString());
    }
    var clientField = form.querySelector('input[name="clientId"]');
    var id = clientField && clientField.value ? clientField.value : newId();
    var fields = [];
    data.forEach(function (value, name) {
      if (typeof value === 'string') {
        fields.push([name, value]);
      }
    });
    var detailName = form.getAttribute('data-offline-detail');
    var detailField = detailName ? form.elements.namedItem(detailName) : null;
    var item = {
      id: id,
      owner: owner,
      action: form.action,
      fields: fields,
      label: form.getAttribute('data-offline-queue') || document.title,
      detail: detailField && 'value' in detailField ? detailField.value : '',
      queuedAt: Date.now(),
      state: 'waiting'
    };
    // A second tap on the same form replaces its entry rather than adding another.
    store(load().filter(function (it) { return !(it.id === id && it.owner === owner); }).concat([item]));
    if (clientField) {
      clientField.value = newId();
    }
    return item;
  }

  function onSubmit(event) {
    var form = event.currentTarget;
    if (event.defaultPrevented) {
      return;
    }
    event.preventDefault();
    var item = enqueue(form, event.submitter);
    note = null;
    render();
    if (!navigator.onLine) {
      return;
    }
    // Online: send it now and show the server's answer, as a plain form post would.
    session().then(function (current) {
      if (!current || current.owner !== owner) {
        note = 'signin';
        render();
        return;
      }
      return post(item, current).then(function (response) {
        if (isSignIn(response)) {
          note = 'signin';
          render();
          return;
        }
        if (response.ok || response.status === 422 || response.status === 409) {
          remember(item.id);
          update(item.id, function () { return null; });
          if (response.ok && response.redirected) {
            window.location.assign(response.url);
            return;
          }
          return response.text().then(show);
        }
        render();
      });
    }).catch(function () {
      render();
    });
  }

  /* The server's page for a form that came back with errors: shown as a plain post would show it. */
  function show(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var next = page.querySelector('main');
    var current = document.querySelector('main');
    if (!next || !current) {
      window.location.reload();
      return;
    }
    document.title = page.title;
    current.replaceWith(document.importNode(next, true));
    bind();
    render();
    var main = document.querySelector('main');
    if (main) {
      main.focus();
    }
    window.scrollTo(0, 0);
  }

  // Signing out here also drops the offline copies of pages; waiting entries stay for their owner.
  Array.prototype.forEach.call(document.querySelectorAll('form[action$="/logout"]'), function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.caches) {
        return;
      }
      event.preventDefault();
      caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf(CACHE_PREFIX) === 0; })
          .map(function (k) { return caches.delete(k); }));
      }).catch(function () {}).then(function () {
        form.submit();
      });
    });
  });

  window.addEventListener('online', function () { note = null; sync(); });
  window.addEventListener('offline', function () { note = null; render(); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      sync();
    }
  });
  window.setInterval(function () {
    if (mine().some(function (item) { return item.state !== 'refused'; })) {
      sync();
    }
  }, RETRY_MS);

  if ('serviceWorker' in navigator && document.querySelector('form[data-offline-queue]')) {
    navigator.serviceWorker.register(status.getAttribute('data-worker'), { scope: window.location.pathname })
      .catch(function () { /* The page works without it; only opening it offline needs it. */ });
  }

  bind();
  freshClientIds();
  render();
  sync();
}());
