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
  // The answer to a question about an owner, and "Bedoelde u …?", between the status and the results.
  var answer = el('p', 'zoekantwoord');
  answer.id = 'zoekantwoord';
  answer.hidden = true;
  var suggestion = el('p', 'zoeksuggestie');
  suggestion.id = 'zoeksuggestie';
  suggestion.hidden = true;
  list.parentNode.insertBefore(answer, list);
  list.parentNode.insertBefore(suggestion, list);

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
   * The titles (what = 'titels') or texts ('tekst') of the given documents, by chunk. The
   * documents' details are unpacked while they load, when a first query did not need them yet.
   */
  function loadChunks(data, ids, what) {
    var needed = {};
    ids.forEach(function (i) {
      needed[engine.chunkOf(data.main, i)] = true;
    });
    var fill = what === 'titels' ? engine.fillTitles : engine.fillTexts;
    var loaded = Object.keys(needed).map(function (n) {
      var key = what + n;
      if (!data.chunks[key])
        data.chunks[key] = fetchJson(data.base + what + '-' + n + '.json').then(function (rows) {
          fill(data.main, engine.docsOf(data), Number(n), rows);
        });
      return data.chunks[key];
    });
    engine.docsOf(data);
    return Promise.all(loaded);
  }

  function loadTitles(data, ids) {
    return loadChunks(data, ids, 'titels');
  }

  function loadTexts(data, ids) {
    return loadChunks(data, ids, 'tekst');
  }

  /** The terms of the loaded shards: what a word not in the index is compared with. */
  function loadedTerms(data) {
    var terms = [];
    Object.keys(data.shards).forEach(function (n) {
      data.shards[n].t.forEach(function (row) {
        terms.push(row[0]);
      });
    });
    return terms;
  }

  /** The query's words that reach no indexed term (neither their stem nor, for 4 letters or more, a term they start). */
  function unknownWords(data, words) {
    var terms = loadedTerms(data);
    var known = {};
    terms.forEach(function (t) {
      known[t] = true;
    });
    var stem = engine.stemmer(window.lunr);
    return words.filter(function (w) {
      if (known[stem(w)]) return false;
      return !(w.length >= 4 && terms.some(function (t) {
        return t.indexOf(w) === 0;
      }));
    });
  }

  /** For words the index does not know: the closest terms, with the shards on either side of theirs loaded too. */
  function suggestionsFor(data, words) {
    var stem = engine.stemmer(window.lunr);
    var around = {};
    words.forEach(function (w) {
      engine.shardsFor(window.lunr, data.main, [w]).forEach(function (n) {
        [n - 1, n, n + 1].forEach(function (m) {
          if (m >= 0 && m < data.main.shards.length && !data.shards[m]) around[m] = true;
        });
      });
    });
    return Promise.all(
      Object.keys(around).map(function (n) {
        return fetchJson(data.base + 'termen-' + n + '.json').then(function (shard) {
          data.shards[n] = shard;
        });
      }),
    ).then(function () {
      var terms = loadedTerms(data);
      return words.map(function (w) {
        return { word: w, stem: stem(w), terms: engine.suggest(window.lunr, terms, w, 3) };
      });
    });
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

  /** A result as its title (for an agreement: what was agreed) and what it is: kind, meeting, owner, status. */
  function result(d) {
    var li = el('li', 'resultaat');
    var h = el('h3', 'resultaat__kop');
    var a = el('a', '', d.t);
    a.href = d.u;
    h.appendChild(a);
    li.appendChild(h);

    var meta = el('p', 'resultaat__gegevens');
    meta.appendChild(el('span', 'resultaat__soort', KIND[d.k] || d.k));
    if (d.d) meta.appendChild(el('span', '', (d.b && d.k !== 'stuk' ? d.b + ' ' : '') + dateNl(d.d)));
    if (d.o.length) meta.appendChild(el('span', '', (d.o.length > 1 ? 'Eigenaren: ' : 'Eigenaar: ') + d.o.join(', ')));
    if (d.s) meta.appendChild(el('span', '', 'Status: ' + (STATUS[d.s] || d.s)));
    if (d.l) meta.appendChild(el('span', '', 'Termijn verstreken'));
    li.appendChild(meta);
    li.appendChild(el('p', 'resultaat__passage'));
    return li;
  }

  /**
   * The passage under a result, once its text is there. Every result shows its own text: an
   * agreement found through the minutes around it (d.c) still shows the agreement, never
   * another passage; that passage is a result of its own.
   */
  function fillPassage(li, d, isMatch) {
    var p = li.querySelector('.resultaat__passage');
    var best = engine.bestSentence(d.x, isMatch);
    p.textContent = '';
    engine.marked(best.text, isMatch).forEach(function (piece) {
      p.appendChild(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
    });
  }

  /** The answer to a question about an owner's open agreements, above the results. */
  function ownerAnswer(data, owner) {
    var ask = data.main.ask;
    var page = ask && ask.pages[owner];
    var n = engine.docsOf(data).filter(function (d) {
      return engine.isAgreementKind(d.k) && (d.s === 'open' || d.s === 'loopt') && d.o.indexOf(owner) >= 0;
    }).length;
    answer.textContent = '';
    var text = n
      ? n + (n === 1 ? ' openstaande afspraak' : ' openstaande afspraken') + ' van ' + owner + ' staan bovenaan. '
      : owner + ' heeft geen openstaande afspraken. ';
    answer.appendChild(el('strong', '', text));
    if (page) {
      var a = el('a', '', 'Alles van ' + owner + (page.name !== owner ? ' (' + page.name + ')' : ''));
      a.href = page.url;
      answer.appendChild(a);
    }
    answer.hidden = false;
  }

  /** "Bedoelde u …?" with the closest indexed words as links to that search. */
  function showSuggestions(text, found) {
    suggestion.textContent = '';
    var any = found.filter(function (f) {
      return f.terms.length;
    });
    if (!any.length) return;
    suggestion.appendChild(document.createTextNode('Bedoelde u '));
    any.forEach(function (f, fi) {
      f.terms.forEach(function (t, i) {
        var q = replaceWord(text, f.word, t.term);
        var a = el('a', '', q);
        a.href = location.pathname + '?q=' + encodeURIComponent(q);
        suggestion.appendChild(a);
        if (i < f.terms.length - 1) suggestion.appendChild(document.createTextNode(i === f.terms.length - 2 ? ' of ' : ', '));
      });
      if (fi < any.length - 1) suggestion.appendChild(document.createTextNode('; '));
    });
    suggestion.appendChild(document.createTextNode('?'));
    suggestion.hidden = false;
  }

  /** The query with one of its words (as the index folds it) replaced. */
  function replaceWord(text, word, by) {
    var done = false;
    return text
      .split(/(\s+)/)
      .map(function (piece) {
        if (done || engine.fold(piece.toLowerCase()).replace(/[?!.,;:]+$/, '') !== word) return piece;
        done = true;
        return by;
      })
      .join('');
  }

  /**
   * Shows the first `last.shown` results that pass the filters: their titles as soon as those
   * are loaded, then the passages when the texts are.
   */
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
    // The titles and texts of the likely results load while lunr ranks them; a page of ties may need more.
    var early = found.likely.length <= query.shown * 2;
    var titles = early ? loadTitles(data, found.likely) : null;
    var texts = early ? loadTexts(data, found.likely) : null;
    var page = found.ids();
    var isMatch = engine.matcher(window.lunr, query.words, data.abbr);
    return Promise.all([titles, loadTitles(data, page)]).then(function () {
      if (query !== last) return;
      list.textContent = '';
      list.setAttribute('aria-busy', 'true');
      list.removeAttribute('data-passages');
      var items = page.map(function (i) {
        var li = result(data.docs[i]);
        list.appendChild(li);
        return li;
      });
      Promise.all([texts, loadTexts(data, page)]).then(function () {
        if (query !== last) return;
        items.forEach(function (li, n) {
          fillPassage(li, data.docs[page[n]], isMatch);
        });
        list.removeAttribute('aria-busy');
        list.setAttribute('data-passages', 'klaar');
      });
      var shown = found.count;
      var hidden = found.total - shown;
      var msg;
      if (!shown)
        msg = 'Geen resultaten voor “' + query.text + '”.' + (hidden ? ' Er zijn ' + hidden + ' resultaten zonder de gekozen filters.' : ' Probeer een ander woord.');
      else
        msg =
          (query.asked ? 'Geen resultaten voor “' + query.asked + '”. ' : '') +
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
    answer.hidden = true;
    suggestion.hidden = true;
    load()
      .then(function (data) {
        return loadShards(data, engine.queryWords(window.lunr, text));
      })
      .then(function (data) {
        var ranked = engine.rankedQuery(window.lunr, data, text);
        var about = engine.aboutWords(window.lunr, data, ranked.words, ranked.owner);
        var unknown = unknownWords(data, about);
        if (ranked.owner) ownerAnswer(data, ranked.owner);
        if (!unknown.length) return show(data, text, ranked);
        // A word the index does not know: the closest words it does; with no results at all and
        // one close enough, that word's results.
        return suggestionsFor(data, unknown).then(function (found) {
          showSuggestions(text, found);
          var empty = !ranked.page(null, 1).count;
          var sure = found.every(function (f) {
            return f.terms.length && (f.terms.length === 1 || f.terms[0].d < f.terms[1].d);
          });
          if (!empty || !sure) return show(data, text, ranked);
          var instead = text;
          found.forEach(function (f) {
            instead = replaceWord(instead, f.word, f.terms[0].term);
          });
          return loadShards(data, engine.queryWords(window.lunr, instead)).then(function () {
            return show(data, instead, engine.rankedQuery(window.lunr, data, instead), text);
          });
        });
      })
      .catch(function () {
        if (jump) jump.hidden = true;
        statusLine.textContent = 'Zoeken lukt nu niet: de zoekindex kon niet worden geladen. Probeer het later opnieuw.';
      });
  }

  /** Shows a ranked query; `asked`: what was typed, when the results are those of a suggestion. */
  function show(data, text, ranked, asked) {
    last = { text: text, asked: asked || null, words: ranked.words, kind: ranked.kind, ranked: ranked, shown: PAGE };
    return render(data);
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
