/* The search page (/zoeken/): loads lunr, lunr.nl and the index (data/zoekindex.json) only when
   someone searches or focuses the box, then shows results with their kind, date, owners, status
   and matching passage. Results are built with DOM methods (textContent), never from HTML
   strings. The search itself is in search-engine.js. */
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

  var FILTERS = ['eigenaar', 'status', 'soort', 'overleg', 'jaar'];
  var KIND = { afspraak: 'Afspraak', besluit: 'Besluit', toezegging: 'Toezegging', verslag: 'Verslag', stuk: 'Stuk', voortgang: 'Voortgangsbericht' };
  var KIND_PLURAL = { afspraak: 'afspraken', besluit: 'besluiten', toezegging: 'toezeggingen' };
  var STATUS = { open: 'Open', loopt: 'Loopt', afgerond: 'Afgerond', vervallen: 'Vervallen' };
  var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  var MAX = 100;

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

  function load() {
    if (!loading) {
      var data = fetch(form.getAttribute('data-index'), { credentials: 'same-origin' }).then(function (r) {
        if (!r.ok) throw new Error('zoekindex ' + r.status);
        return r.json();
      });
      var scripts = loadScript(form.getAttribute('data-lunr'))
        .then(function () {
          return loadScript(form.getAttribute('data-stemmer'));
        })
        .then(function () {
          return loadScript(form.getAttribute('data-nl'));
        })
        .then(function () {
          engine.setUp(window.lunr);
        });
      loading = Promise.all([data, scripts]).then(function (r) {
        var file = r[0];
        return { index: window.lunr.Index.load(engine.restoreIndex(file.index)), docs: file.docs, abbr: file.abbr || {}, kinds: file.kinds || {} };
      });
      loading.catch(function () {
        loading = null;
      });
    }
    return loading;
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

  function result(d, data, isMatch) {
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

    // An agreement found through the words around it shows the passage of minutes it stands in.
    var best = engine.bestSentence(d.x, isMatch);
    var p = el('p', 'resultaat__passage');
    if (!best.hits && d.c !== null && data.docs[d.c]) {
      var around = engine.bestSentence(data.docs[d.c].x, isMatch);
      if (around.hits) {
        best = around;
        p.appendChild(document.createTextNode('Uit het verslag: '));
      }
    }
    engine.marked(best.text, isMatch).forEach(function (piece) {
      p.appendChild(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
    });
    li.appendChild(p);
    return li;
  }

  function render(data) {
    var f = chosen();
    var shown = last.hits.filter(function (i) {
      return engine.passes(data.docs[i], f);
    });
    var isMatch = engine.matcher(window.lunr, last.words, data.abbr);
    list.textContent = '';
    shown.slice(0, MAX).forEach(function (i) {
      list.appendChild(result(data.docs[i], data, isMatch));
    });
    var hidden = last.hits.length - shown.length;
    var msg;
    if (!shown.length)
      msg = 'Geen resultaten voor “' + last.text + '”.' + (hidden ? ' Er zijn ' + hidden + ' resultaten zonder de gekozen filters.' : ' Probeer een ander woord.');
    else
      msg =
        shown.length +
        (shown.length === 1 ? ' resultaat' : ' resultaten') +
        ' voor “' + last.text + '”' +
        (last.kind ? ', ' + (KIND_PLURAL[last.kind] || last.kind) + ' eerst' : '') +
        (hidden ? ' (' + hidden + ' verborgen door de filters)' : '') +
        '.' +
        (shown.length > MAX ? ' De eerste ' + MAX + ' staan hieronder.' : '');
    statusLine.textContent = msg;
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
      statusLine.textContent = 'Typ een of meer zoekwoorden.';
      return;
    }
    statusLine.textContent = 'Zoeken…';
    load().then(
      function (data) {
        last = engine.query(window.lunr, data, text);
        last.text = text;
        render(data);
      },
      function () {
        statusLine.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw.';
      },
    );
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run();
  });
  FILTERS.forEach(function (name) {
    var select = form.elements[name];
    if (!select) return;
    select.addEventListener('change', function () {
      syncUrl();
      if (last && loading) loading.then(render);
    });
  });
  input.addEventListener('focus', function () {
    load();
  });

  // A search link (from the home page, or shared) arrives with its words and filters in the address.
  var params = new URLSearchParams(location.search);
  FILTERS.forEach(function (name) {
    var v = params.get(name);
    var select = form.elements[name];
    if (v && select && Array.prototype.some.call(select.options, function (o) { return o.value === v; })) select.value = v;
  });
  if (params.get('q')) {
    input.value = params.get('q');
    run();
  }
})();
