/* The search page (/zoeken/): loads lunr with lunr.nl (one script, site/zoeken-lunr.11ty.js) and
   data/zoekindex.json only when someone searches or focuses the box; a query then loads the
   shards of the index its words fall in, and the texts of the results on screen (see
   src/publish/site/searchShards.ts). Results show their kind, date, owners, status and matching
   passage, built with DOM methods (textContent), never from HTML strings. The search itself is in
   search-engine.js, search-shards.js and search-rank.js. */
(function () {
  'use strict';

  var form = document.getElementById('zoekformulier');
  var engine = window.lrtZoeken;
  if (!form || !engine || !window.fetch || !window.Promise) return;

  var input = document.getElementById('q');
  var statusLine = document.getElementById('zoekstatus');
  var list = document.getElementById('resultaten');
  var noJs = document.getElementById('zonder-js');
  if (noJs) noJs.hidden = true;
  var filters = document.getElementById('filters');
  var active = document.getElementById('filters-actief');
  var jump = document.getElementById('naar-resultaten');

  var FILTERS = ['eigenaar', 'status', 'soort', 'overleg', 'jaar'];
  var KIND = { afspraak: 'Afspraak', besluit: 'Besluit', toezegging: 'Toezegging', verslag: 'Verslag', stuk: 'Stuk', voortgang: 'Voortgangsbericht' };
  var KIND_PLURAL = { afspraak: 'afspraken', besluit: 'besluiten', toezegging: 'toezeggingen' };
  var STATUS = { open: 'Open', loopt: 'Loopt', afgerond: 'Afgerond', vervallen: 'Vervallen' };
  var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  var PAGE = 20;

  var loading = null;
  var last = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () {
        reject(new Error(src));
      };
      document.head.appendChild(s);
    });
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ' ' + r.status);
      return r.json();
    });
  }

  /** The part of the index every query needs (which shard holds which terms, what to filter on), and lunr. */
  function load() {
    if (!loading) {
      var index = form.getAttribute('data-index');
      var data = fetchJson(index);
      var scripts = loadScript(form.getAttribute('data-lunr')).then(function () {
        engine.setUp(window.lunr);
      });
      loading = Promise.all([data, scripts]).then(function (r) {
        var main = r[0];
        var base = index.replace(/[^/]*$/, 'zoeken/');
        return { main: main, base: base, docs: null, abbr: main.abbr || {}, kinds: main.kinds || {}, shards: {}, chunks: {} };
      });
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
  }

  /** The shards a query's words fall in. */
  function loadShards(data, words) {
    var needed = engine.shardsFor(window.lunr, data.main, engine.aboutWords(window.lunr, data, words)).filter(function (n) {
      return !data.shards[n];
    });
    return Promise.all(
      needed.map(function (n) {
        return fetchJson(data.base + 'termen-' + n + '.json').then(function (shard) {
          data.shards[n] = shard;
        });
      }),
    ).then(function () {
      return data;
    });
  }

  /**
   * The texts of the given documents. The documents' details are unpacked while the texts load,
   * when a first query did not need them yet.
   */
  function loadTexts(data, ids) {
    var needed = {};
    ids.forEach(function (i) {
      needed[engine.chunkOf(data.main, i)] = true;
    });
    var loaded = Object.keys(needed).map(function (n) {
      if (!data.chunks[n])
        data.chunks[n] = fetchJson(data.base + 'tekst-' + n + '.json').then(function (rows) {
          engine.fillChunk(data.main, engine.docsOf(data), Number(n), rows);
        });
      return data.chunks[n];
    });
    engine.docsOf(data);
    return Promise.all(loaded);
  }

  function chosen() {
    var f = {};
    FILTERS.forEach(function (name) {
      f[name] = form.elements[name] ? form.elements[name].value : '';
    });
    return f;
  }

  function dateNl(iso) {
    var p = iso.split('-');
    return Number(p[2]) + ' ' + MONTHS[Number(p[1]) - 1] + ' ' + p[0];
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function result(d, isMatch) {
    var li = el('li', 'resultaat');
    var h = el('h3', 'resultaat__kop');
    var a = el('a', '', d.t);
    a.href = d.u;
    h.appendChild(a);
    li.appendChild(h);

    var meta = el('p', 'resultaat__gegevens');
    meta.appendChild(el('span', '', KIND[d.k] || d.k));
    if (d.d) meta.appendChild(el('span', '', dateNl(d.d)));
    if (d.o.length) meta.appendChild(el('span', '', (d.o.length > 1 ? 'Eigenaren: ' : 'Eigenaar: ') + d.o.join(', ')));
    if (d.s) meta.appendChild(el('span', '', 'Status: ' + (STATUS[d.s] || d.s)));
    if (d.l) meta.appendChild(el('span', '', 'Termijn verstreken'));
    li.appendChild(meta);

    // Every result shows its own text: an agreement found through the minutes around it (d.c)
    // still shows the agreement, never another passage; that passage is a result of its own.
    var best = engine.bestSentence(d.x, isMatch);
    var p = el('p', 'resultaat__passage');
    engine.marked(best.text, isMatch).forEach(function (piece) {
      p.appendChild(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
    });
    li.appendChild(p);
    return li;
  }

  /** Shows the first `last.shown` results that pass the filters, once their texts are loaded. */
  function render(data) {
    var f = chosen();
    var query = last;
    var filtered = FILTERS.some(function (name) {
      return f[name];
    });
    var docs = filtered ? engine.docsOf(data) : null;
    var found = query.ranked.page(
      filtered
        ? function (i) {
            return engine.passes(docs[i], f);
          }
        : null,
      query.shown,
    );
    // The texts of the likely results load while lunr ranks them; a page of ties may need more.
    var texts = found.likely.length <= query.shown * 2 ? loadTexts(data, found.likely) : null;
    var page = found.ids();
    var isMatch = engine.matcher(window.lunr, query.words, data.abbr);
    return Promise.all([texts, loadTexts(data, page)]).then(function () {
      if (query !== last) return;
      list.textContent = '';
      page.forEach(function (i) {
        list.appendChild(result(data.docs[i], isMatch));
      });
      var shown = found.count;
      var hidden = found.total - shown;
      var msg;
      if (!shown)
        msg = 'Geen resultaten voor “' + query.text + '”.' + (hidden ? ' Er zijn ' + hidden + ' resultaten zonder de gekozen filters.' : ' Probeer een ander woord.');
      else
        msg =
          shown +
          (shown === 1 ? ' resultaat' : ' resultaten') +
          ' voor “' + query.text + '”' +
          (query.kind ? ', ' + (KIND_PLURAL[query.kind] || query.kind) + ' eerst' : '') +
          (hidden ? ' (' + hidden + ' verborgen door de filters)' : '') +
          '.' +
          (shown > page.length ? ' De eerste ' + page.length + ' staan hieronder.' : '');
      statusLine.textContent = msg;
      more.hidden = shown <= page.length;
      if (jump) jump.hidden = !page.length;
    });
  }

  /** The filters' summary says how many are chosen: "Filters (2 actief)", also while folded away. */
  function countFilters() {
    if (!active) return;
    var f = chosen();
    var n = FILTERS.filter(function (name) {
      return f[name];
    }).length;
    active.textContent = n ? ' (' + n + ' actief)' : '';
  }

  function syncUrl() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    var f = chosen();
    FILTERS.forEach(function (name) {
      if (f[name]) params.set(name, f[name]);
    });
    var qs = params.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
  }

  function run() {
    var text = input.value.trim();
    syncUrl();
    if (!text) {
      list.textContent = '';
      last = null;
      if (jump) jump.hidden = true;
      statusLine.textContent = 'Typ een of meer zoekwoorden.';
      return;
    }
    statusLine.textContent = 'Zoeken…';
    load()
      .then(function (data) {
        return loadShards(data, engine.queryWords(window.lunr, text));
      })
      .then(function (data) {
        var ranked = engine.rankedQuery(window.lunr, data, text);
        last = { text: text, words: ranked.words, kind: ranked.kind, ranked: ranked, shown: PAGE };
        return render(data);
      })
      .catch(function () {
        if (jump) jump.hidden = true;
        statusLine.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw.';
      });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run();
  });
  FILTERS.forEach(function (name) {
    var select = form.elements[name];
    if (!select) return;
    select.addEventListener('change', function () {
      countFilters();
      syncUrl();
      if (last && loading) {
        last.shown = PAGE;
        loading.then(render);
      }
    });
  });
  input.addEventListener('focus', function () {
    load();
  });

  // More results, a page at a time: each page loads only the texts it shows.
  var more = document.createElement('button');
  more.type = 'button';
  more.className = 'meer-resultaten';
  more.hidden = true;
  more.textContent = 'Meer resultaten';
  list.parentNode.insertBefore(more, list.nextSibling);
  more.addEventListener('click', function () {
    if (!last || !loading) return;
    last.shown += PAGE;
    loading.then(render);
  });

  // "Naar de resultaten" brings keyboard focus to the first result (its link), not only the view.
  if (jump)
    jump.querySelector('a').addEventListener('click', function (e) {
      var first = list.querySelector('a');
      if (!first) return;
      e.preventDefault();
      first.focus();
    });

  // On a phone the five filters would fill the first screen: they start folded away there (the
  // HTML has them open, for wide screens and for browsers without JavaScript).
  var narrow = window.matchMedia ? window.matchMedia('(max-width: 40rem)') : null;
  if (filters && narrow && narrow.matches) filters.open = false;
  if (filters && narrow && narrow.addEventListener)
    narrow.addEventListener('change', function () {
      if (!narrow.matches) filters.open = true;
    });

  // A search link (from the home page, or shared) arrives with its words and filters in the address.
  var params = new URLSearchParams(location.search);
  FILTERS.forEach(function (name) {
    var v = params.get(name);
    var select = form.elements[name];
    if (v && select && Array.prototype.some.call(select.options, function (o) { return o.value === v; })) select.value = v;
  });
  countFilters();
  if (params.get('q')) {
    input.value = params.get('q');
    run();
  }
})();
