/* The search index as the build splits it (src/publish/site/searchShards.ts), read back:
   zoekindex.json says which terms each shard starts with and which documents each text chunk
   starts with, and holds what filtering needs of every document. Loaded with lunr
   (site/zoeken-lunr.11ty.js), after search-engine.js, whose lrtZoeken it extends. */
(function (root) {
  'use strict';

  var engine = root.lrtZoeken;
  var stemmer = engine.stemmer;

  /** The last of the sorted `starts` that is at or before `value` (0 when none is). */
  function lastAtOrBefore(starts, value) {
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= value) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The shards the words fall in: each word's stem, and for words of 4 or more letters every term they start. */
  function shardsFor(lunr, main, words) {
    var stem = stemmer(lunr);
    var need = {};
    words.forEach(function (w) {
      need[lastAtOrBefore(main.shards, stem(w))] = true;
      if (w.length < 4) return;
      var i = lastAtOrBefore(main.shards, w);
      need[i] = true;
      while (i + 1 < main.shards.length && main.shards[i + 1].slice(0, w.length) === w) need[++i] = true;
    });
    return Object.keys(need)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      });
  }

  /**
   * A serialised lunr index of the given terms, in the order given: each entry is a term, its
   * position in the whole index and its shard row ([term, per field [document step, score, …]]).
   * With `keep`, only the documents it marks go in (their postings and field vectors).
   */
  function lunrIndexJson(main, entries, keep) {
    var vectors = {};
    var order = [];
    var invertedIndex = entries.map(function (e) {
      var posting = { _index: e.position };
      main.fields.forEach(function (field, f) {
        var docs = (posting[field] = {});
        var pairs = e.row[f + 1];
        for (var j = 0, doc = 0; j < pairs.length; j += 2) {
          doc += pairs[j];
          if (keep && !keep[doc]) continue;
          docs[doc] = {};
          var ref = field + '/' + doc;
          if (!vectors[ref]) {
            vectors[ref] = [];
            order.push(ref);
          }
          vectors[ref].push(e.position, pairs[j + 1]);
        }
      });
      return [e.term, posting];
    });
    return {
      version: main.version,
      fields: main.fields,
      fieldVectors: order.map(function (ref) {
        return [ref, vectors[ref]];
      }),
      invertedIndex: invertedIndex,
      pipeline: main.pipeline,
    };
  }

  /**
   * Loaded shards (by number) joined into one serialised lunr index, in shard order. A shard
   * lists per term and field [document step, score, …]: the postings and the field vectors'
   * elements of its terms, which are numbered from the shard's first position `p`.
   */
  function joinShards(main, shards) {
    var entries = [];
    Object.keys(shards)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      })
      .forEach(function (n) {
        var shard = shards[n];
        for (var i = 0; i < shard.t.length; i++) entries.push({ term: shard.t[i][0], position: shard.p + i, row: shard.t[i] });
      });
    return lunrIndexJson(main, entries, null);
  }

  var KIND_OF = { a: 'afspraak', b: 'besluit', t: 'toezegging', v: 'verslag', s: 'stuk', g: 'voortgang' };
  var STATUS_OF = { o: 'open', l: 'loopt', a: 'afgerond', v: 'vervallen' };

  /**
   * Every document's kind, date, body, owners, status and overdue flag, from zoekindex.json (see
   * docMeta in searchShards.ts); title, address and text come with its chunk.
   */
  function expandDocs(main) {
    var m = main.docs;
    var owners = m.o.split(',');
    var docs = [];
    for (var i = 0; i < m.k.length; i++) {
      var s = m.s[i];
      var lower = s.toLowerCase();
      var b = m.b.charCodeAt(i) - 48;
      var o = [];
      for (var j = 0; j < owners[i].length; j++) o.push(m.owners[owners[i].charCodeAt(j) - 48]);
      docs.push({
        k: KIND_OF[m.k[i]] || m.k[i],
        d: null,
        b: m.b[i] === '-' ? null : m.bodies[b],
        o: o,
        s: STATUS_OF[lower] || null,
        l: s === '!' || s !== lower ? 1 : 0,
        c: null,
        t: null,
        u: null,
        x: null,
      });
    }
    var at = 0;
    for (var r = 0; r < m.d.length; r += 2) for (var n = 0; n < m.d[r + 1]; n++, at++) docs[at].d = m.d[r] < 0 ? null : m.dates[m.d[r]];
    return docs;
  }

  /** The documents of a loaded zoekindex.json ({ main, docs }), unpacked the first time they are needed. */
  function docsOf(data) {
    return data.docs || (data.docs = expandDocs(data.main));
  }

  /** Whether document `i` is of the given kind, read from zoekindex.json without unpacking the documents. */
  function isKind(main, i, kind) {
    var letter = main.docs.k[i];
    return (KIND_OF[letter] || letter) === kind;
  }

  /** The chunk that holds document `i`. */
  function chunkOf(main, i) {
    return lastAtOrBefore(main.chunks, i);
  }

  /** A loaded chunk's titles and addresses (titels-N.json) into the documents. */
  function fillTitles(main, docs, n, rows) {
    for (var i = 0; i < rows.length; i++) {
      var d = docs[main.chunks[n] + i];
      d.t = rows[i][0];
      d.u = rows[i][1];
    }
  }

  /** A loaded chunk's texts (tekst-N.json) into the documents. */
  function fillTexts(main, docs, n, rows) {
    for (var i = 0; i < rows.length; i++) docs[main.chunks[n] + i].x = rows[i];
  }

  engine.shardsFor = shardsFor;
  engine.joinShards = joinShards;
  engine.lunrIndexJson = lunrIndexJson;
  engine.expandDocs = expandDocs;
  engine.docsOf = docsOf;
  engine.isKind = isKind;
  engine.kindOfLetter = function (letter) {
    return KIND_OF[letter] || letter;
  };
  engine.chunkOf = chunkOf;
  engine.fillTitles = fillTitles;
  engine.fillTexts = fillTexts;
})(typeof self !== 'undefined' ? self : globalThis);
