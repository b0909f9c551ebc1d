/* The first page of results without scoring every hit in lunr. A common word ("huisvesting") is
   in most documents, and lunr's query makes objects for every document and field it touches:
   100 ms and more for a page of 20. Here the same scores are added up in plain arrays from the
   loaded shards, only to choose the few documents that can be on the page; lunr then ranks those,
   in an index of only them, so the order on screen is lunr's. Needs search-engine.js and
   search-shards.js. */
(function (root) {
  'use strict';

  var engine = root.lrtZoeken;

  // Scores added in another order may differ in the last bits: candidates get this much room, so
  // every document lunr could rank on the page is among them (ties included).
  var MARGIN = 1e-9;

  /**
   * The terms a lunr query's clauses reach among the loaded terms, found as lunr finds them
   * (pipeline, token set), with lunr's query vector: each term's boosts added up, clause by clause.
   * Null when the query would give nothing, as lunr's does when a required word is not there.
   */
  function clausesOf(lunr, fields, pipeline, tokenSet, fn) {
    var query = new lunr.Query(fields);
    fn.call(query, query);
    var out = { clauses: [], boost: Object.create(null), required: 0 };
    for (var i = 0; i < query.clauses.length; i++) {
      var clause = query.clauses[i];
      if (clause.fields.length !== fields.length || clause.presence === lunr.Query.presence.PROHIBITED) throw new Error('niet ondersteund');
      var required = clause.presence === lunr.Query.presence.REQUIRED;
      var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      if (required && !terms.length) throw new Error('niet ondersteund');
      var reached = [];
      for (var m = 0; m < terms.length; m++) {
        var one = { term: terms[m] };
        if ('editDistance' in clause) one.editDistance = clause.editDistance;
        var expanded = tokenSet.intersect(lunr.TokenSet.fromClause(one)).toArray();
        if (!expanded.length && required) return null;
        for (var j = 0; j < expanded.length; j++) {
          reached.push(expanded[j]);
          out.boost[expanded[j]] = (out.boost[expanded[j]] || 0) + clause.boost;
        }
      }
      if (required) out.required++;
      out.clauses.push({ terms: reached, required: required });
    }
    return out;
  }

  /**
   * The two passes of a query (engine.query: all words, then some) over the loaded shards, in
   * one walk over their terms' documents: which documents each finds and, to the last bits, their
   * scores (lunr: per field the query vector's dot product with the field's vector, over the query
   * vector's length, summed). `rows` maps a term to its shard row and position (see joinShards
   * in search-shards.js). Null for a query of more words than a mask has bits.
   */
  function scorePasses(lunr, main, count, rows, allFn, someFn) {
    var tokenSet = lunr.TokenSet.fromArray(Object.keys(rows).sort());
    var pipeline = lunr.Pipeline.load(main.pipeline);
    var passes = [allFn, someFn].map(function (fn) {
      var q = clausesOf(lunr, main.fields, pipeline, tokenSet, fn);
      var pass = { fn: fn, q: q, terms: q ? Object.keys(q.boost) : [], found: new Uint8Array(count), score: new Float64Array(count), weight: Object.create(null) };
      var length = 0;
      pass.terms.forEach(function (t) {
        length += q.boost[t] * q.boost[t];
      });
      pass.terms.forEach(function (t) {
        pass.weight[t] = q.boost[t] / Math.sqrt(length);
      });
      return pass;
    });
    var all = passes[0];
    var some = passes[1];
    if (all.q && all.q.required > 30) return null;
    // A word of the all-words pass is a bit: a document must have a term of each, in any field.
    var bits = Object.create(null);
    if (all.q)
      all.q.clauses.forEach(function (c, ci) {
        c.terms.forEach(function (t) {
          bits[t] = (bits[t] || 0) | (1 << ci);
        });
      });
    var mask = new Int32Array(count);
    var full = all.q ? (1 << all.q.clauses.length) - 1 : -1;
    var fields = main.fields.length;
    // Found in its own fields, not only in the passage around it (engine.groupOf).
    var own = (some.own = new Uint8Array(count));
    var contextField = main.fields.indexOf('context') + 1;
    some.terms.forEach(function (t) {
      var row = rows[t].row;
      var a = all.weight[t] || 0;
      var b = some.weight[t];
      var bit = bits[t] || 0;
      var allScore = all.score;
      var someScore = some.score;
      var found = some.found;
      for (var f = 1; f <= fields; f++) {
        var pairs = row[f];
        for (var j = 0, doc = 0; j < pairs.length; j += 2) {
          doc += pairs[j];
          allScore[doc] += a * pairs[j + 1];
          someScore[doc] += b * pairs[j + 1];
          mask[doc] |= bit;
          found[doc] = 1;
          if (f !== contextField) own[doc] = 1;
        }
      }
    });
    if (all.q) for (var i = 0; i < count; i++) all.found[i] = mask[i] === full ? 1 : 0;
    return passes;
  }

  /**
   * lunr's own ranking of the given documents: an index of only them and the pass's terms (their
   * positions and scores as in the shards), queried with the pass's own query.
   */
  function lunrRank(lunr, main, rows, pass, ids, count) {
    var keep = new Uint8Array(count);
    ids.forEach(function (i) {
      keep[i] = 1;
    });
    // Positions follow the terms' sorted order (searchShards.ts), so the field vectors come out
    // sorted by position and the terms in the order lunr's token set needs.
    var entries = pass.terms
      .slice()
      .sort(function (a, b) {
        return rows[a].position - rows[b].position;
      })
      .map(function (term) {
        return { term: term, position: rows[term].position, row: rows[term].row };
      });
    var index = lunr.Index.load(engine.lunrIndexJson(main, entries, keep));
    return index.query(pass.fn).map(function (h) {
      return Number(h.ref);
    });
  }

  /** The `limit` documents of `ids` that can rank first on the pass's scores, ties and near-ties included. */
  function candidates(pass, ids, limit) {
    if (ids.length <= limit) return ids;
    var scores = new Float64Array(ids.length);
    for (var i = 0; i < ids.length; i++) scores[i] = pass.score[ids[i]];
    scores.sort();
    var last = scores[scores.length - limit];
    var floor = last - Math.abs(last) * MARGIN - 1e-12;
    return ids.filter(function (i) {
      return pass.score[i] >= floor;
    });
  }

  /** A query whose hits are all ranked already (a kind's list; an over-long query, by lunr itself). */
  function listedQuery(words, kind, owner, hits) {
    return {
      words: words,
      kind: kind,
      owner: owner,
      page: function (ok, limit) {
        var shown = ok ? hits.filter(ok) : hits;
        var ids = shown.slice(0, limit);
        return {
          count: shown.length,
          total: hits.length,
          likely: ids,
          ids: function () {
            return ids;
          },
        };
      },
    };
  }

  /**
   * A query on the loaded shards, ranked lazily: what engine.query gives (hits with all words,
   * then with some; a label word's kind first), but only as far as a page needs. `data` is
   * { main, docs, kinds, shards }; the documents are unpacked only for a kind's list. Returns
   * { words, kind, page(ok, limit) }: page gives how many hits pass `ok` (a document number →
   * whether the filters let it through; null for all), `likely`: the documents that can be among
   * the first `limit` (a few more when scores tie), and ids(): the first `limit`, in order.
   */
  function rankedQuery(lunr, data, text) {
    var words = engine.queryWords(lunr, text);
    var owner = engine.ownerAsked(lunr, data, text);
    var about = engine.aboutWords(lunr, data, words, owner);
    var kind = engine.kindOf(lunr, data, words);
    var main = data.main;
    var count = main.docs.k.length;
    if (!about.length) return listedQuery(words, kind, owner, engine.query(lunr, { docs: engine.docsOf(data), kinds: data.kinds, ask: main.ask }, text).hits);
    var rows = Object.create(null);
    Object.keys(data.shards).forEach(function (n) {
      var shard = data.shards[n];
      for (var i = 0; i < shard.t.length; i++) rows[shard.t[i][0]] = { row: shard.t[i], position: shard.p + i };
    });
    var passes = scorePasses(lunr, main, count, rows, engine.allWordsQuery(lunr, about), engine.someWordsQuery(lunr, about));
    if (!passes) return listedQuery(words, kind, owner, engine.query(lunr, { docs: engine.docsOf(data), kinds: data.kinds, ask: main.ask, index: lunr.Index.load(engine.restoreIndex(engine.joinShards(main, data.shards))) }, text).hits);
    var all = passes[0];
    var some = passes[1];
    var total = 0;
    for (var i = 0; i < count; i++) total += some.found[i];
    // The documents' owners and status are unpacked only for a question about an owner.
    var docs = owner ? engine.docsOf(data) : null;
    var letters = main.docs.k;
    return {
      words: words,
      kind: kind,
      owner: owner,
      page: function (ok, limit) {
        // The order of engine.query (engine.groupOf): the asked owner's open agreements, the
        // asked kind, hits with all words before some, agreements before passages.
        var groups = [];
        for (var n = 0; n < 16; n++) groups.push([]);
        var inAll = all.found;
        var inSome = some.found;
        var shown = 0;
        for (var i = 0; i < count; i++) {
          if (!inSome[i] || (ok && !ok(i))) continue;
          shown++;
          var doc = docs ? docs[i] : { k: engine.kindOfLetter(letters[i]), o: [], s: null };
          groups[engine.groupOf(doc, kind, owner, inAll[i] === 1, some.own[i] === 1)].push(i);
        }
        // Which documents can be on the page is known before lunr ranks them: their texts can load meanwhile.
        var plan = [];
        var likely = [];
        for (var g = 0, room = limit; g < groups.length && room > 0; g++) {
          if (!groups[g].length) continue;
          var pass = g & 2 ? some : all;
          var chosen = candidates(pass, groups[g], room);
          plan.push({ pass: pass, ids: chosen, room: room });
          likely = likely.concat(chosen);
          room -= Math.min(room, groups[g].length);
        }
        return {
          count: shown,
          total: total,
          likely: likely,
          ids: function () {
            var ids = [];
            plan.forEach(function (p) {
              ids = ids.concat(lunrRank(lunr, main, rows, p.pass, p.ids, count).slice(0, p.room));
            });
            return ids;
          },
        };
      },
    };
  }

  engine.rankedQuery = rankedQuery;
})(typeof self !== 'undefined' ? self : globalThis);
