/* The search itself, without the page: Dutch lunr set-up, query, ranking, the matching passage.
   No DOM here, so the same file runs in the tests under Node. Exposed as lrtZoeken. */
(function (root) {
  'use strict';

  // Same separator as src/publish/site/dutchLunr.ts: index and query cut words alike.
  var SEPARATOR = /[\s\-/]+/;
  var PIECES = /([\s\-/(),.:;!?“”"‘’´]+)/;

  /* The same fold as foldApostrophe in src/publish/site/dutchLunr.ts ("CNO’s" → "cno"). */
  function fold(word) {
    return word
      .replace(/['\u2018\u2019\u00b4`\u2032]\s*s?$/, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
  }

  /** Registers what a loaded index names in its pipeline; call once, after lunr and lunr.nl. */
  function setUp(lunr) {
    lunr.tokenizer.separator = SEPARATOR;
    var apostrophe = function (token) {
      return token.update(function (s) {
        return fold(s);
      });
    };
    lunr.Pipeline.registerFunction(apostrophe, 'lrtApostrof');
  }

  /** The empty fields the build left out of the index (see compactIndex in searchIndex.ts). */
  function restoreIndex(index) {
    index.invertedIndex.forEach(function (entry) {
      index.fields.forEach(function (f) {
        if (!entry[1][f]) entry[1][f] = {};
      });
    });
    return index;
  }

  function stemmer(lunr) {
    return function (word) {
      return String(lunr.nl.stemmer(new lunr.Token(fold(word.toLowerCase()), {})));
    };
  }

  /** The user's words as the index knows them: trimmed, lower case, without stop words. */
  function queryWords(lunr, q) {
    return lunr
      .tokenizer(q)
      .map(function (t) {
        return lunr.nl.trimmer(t);
      })
      .filter(function (t) {
        return t && lunr.nl.stopWordFilter(t);
      })
      .map(function (t) {
        return fold(t.toString());
      })
      .filter(function (s) {
        return s.length > 0;
      });
  }

  /** Hits with all words first, then hits with some. */
  function searchWords(lunr, idx, words) {
    var all = idx.query(function (q) {
      words.forEach(function (w) {
        q.term(w, { presence: lunr.Query.presence.REQUIRED });
      });
    });
    var some = idx.query(function (q) {
      words.forEach(function (w) {
        q.term(w);
        if (w.length >= 4) q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.3 });
      });
    });
    var seen = {};
    var out = [];
    all.concat(some).forEach(function (h) {
      if (seen[h.ref]) return;
      seen[h.ref] = true;
      out.push(Number(h.ref));
    });
    return out;
  }

  /**
   * A whole query against a loaded index file ({ index, docs, kinds }). A label word ("afspraken",
   * "besluit") says which kind is wanted rather than what it is about: "afspraken VNG" searches VNG
   * and puts agreements first; "afspraken" alone lists them, newest first.
   */
  function query(lunr, data, text) {
    var stem = stemmer(lunr);
    var words = queryWords(lunr, text);
    var kind = null;
    var about = words.filter(function (w) {
      var k = data.kinds[stem(w)];
      if (k && !kind) kind = k;
      return !k;
    });
    var hits = [];
    if (about.length) hits = searchWords(lunr, data.index, about);
    else if (kind)
      hits = data.docs
        .map(function (d, i) {
          return d.k === kind ? i : -1;
        })
        .filter(function (i) {
          return i >= 0;
        })
        .sort(function (a, b) {
          return (data.docs[b].d || '').localeCompare(data.docs[a].d || '');
        });
    if (kind)
      hits = hits
        .filter(function (i) {
          return data.docs[i].k === kind;
        })
        .concat(
          hits.filter(function (i) {
            return data.docs[i].k !== kind;
          }),
        );
    return { words: words, kind: kind, hits: hits };
  }

  /** Whether a stored document passes the chosen filters (owner, status, kind, body, year). */
  function passes(doc, f) {
    if (f.eigenaar && doc.o.indexOf(f.eigenaar) < 0) return false;
    if (f.status === 'te-laat' && !doc.l) return false;
    if (f.status && f.status !== 'te-laat' && doc.s !== f.status) return false;
    if (f.soort && doc.k !== f.soort) return false;
    if (f.overleg && doc.b !== f.overleg) return false;
    if (f.jaar && (!doc.d || doc.d.slice(0, 4) !== f.jaar)) return false;
    return true;
  }

  /**
   * How well a word of the text matches the query: 2 for the same stem or an abbreviation of it
   * (CNO for crisisnoodopvang), 1 for a word the query is the start of, 0 for none.
   */
  function matcher(lunr, words, abbr) {
    var stem = stemmer(lunr);
    var stems = {};
    words.forEach(function (w) {
      stems[stem(w)] = true;
    });
    return function (piece) {
      var lower = fold(piece.toLowerCase());
      if (!lower) return 0;
      if (stems[stem(lower)]) return 2;
      var exp = abbr[lower];
      if (exp && exp.some(function (s) { return stems[s]; })) return 2;
      return words.some(function (w) {
        return w.length >= 4 && lower.indexOf(w) === 0;
      })
        ? 1
        : 0;
    };
  }

  /** Sentences, cut where a full stop is followed by a capital: "20.000" and "jl. expliciet" stay whole. */
  function sentencesOf(text) {
    var out = [];
    var start = 0;
    var re = /[.!?]+\s+(?=[A-ZÀ-Ý0-9“"‘'(])/g;
    var m;
    while ((m = re.exec(text))) {
      out.push(text.slice(start, m.index + m[0].length).trim());
      start = m.index + m[0].length;
    }
    out.push(text.slice(start).trim());
    return out.filter(Boolean);
  }

  /** The sentence with the most matching words, cut to a readable length at spaces. */
  function bestSentence(text, isMatch) {
    var sentences = sentencesOf(text);
    if (!sentences.length) sentences = [text];
    var best = { text: sentences[0] || '', hits: 0 };
    sentences.forEach(function (s) {
      var hits = s.split(PIECES).reduce(function (sum, p, i) {
        return sum + (i % 2 === 0 ? isMatch(p) : 0);
      }, 0);
      if (hits > best.hits) best = { text: s.trim(), hits: hits };
    });
    if (best.text.length > 320) {
      var pieces = best.text.split(PIECES);
      var first = 0;
      for (var i = 0; i < pieces.length; i += 2)
        if (isMatch(pieces[i])) {
          first = i;
          break;
        }
      var from = Math.max(0, pieces.slice(0, first).join('').length - 120);
      if (from > 0) from = best.text.indexOf(' ', from) + 1;
      var to = best.text.lastIndexOf(' ', from + 300);
      best.text = (from > 0 ? '… ' : '') + best.text.slice(from, to > from ? to : from + 300).trim() + ' …';
    }
    return best;
  }

  /** A text as pieces to show, each marked or not: the page turns them into text and <mark>. */
  function marked(text, isMatch) {
    return text
      .split(PIECES)
      .map(function (p, i) {
        return { text: p, mark: i % 2 === 0 && isMatch(p) > 0 };
      })
      .filter(function (p) {
        return p.text;
      });
  }

  /* The search in shards (see src/publish/site/searchShards.ts): zoekindex.json says which terms
     each shard starts with and which documents each text chunk starts with. */

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

  /** The words a query searches for: the label words ("afspraken") only say which kind comes first. */
  function aboutWords(lunr, data, words) {
    var stem = stemmer(lunr);
    return words.filter(function (w) {
      return !data.kinds[stem(w)];
    });
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
   * Loaded shards (by number) joined into one serialised lunr index, in shard order. A shard
   * lists per term and field [document step, score, …]: the postings and the field vectors'
   * elements of its terms, which are numbered from the shard's first position `p`.
   */
  function joinShards(main, shards) {
    var invertedIndex = [];
    var vectors = {};
    var order = [];
    Object.keys(shards)
      .map(Number)
      .sort(function (a, b) {
        return a - b;
      })
      .forEach(function (n) {
        var shard = shards[n];
        for (var i = 0; i < shard.t.length; i++) {
          var row = shard.t[i];
          var position = shard.p + i;
          var posting = { _index: position };
          for (var f = 0; f < main.fields.length; f++) {
            var pairs = row[f + 1];
            if (!pairs.length) continue;
            var field = main.fields[f];
            var docs = {};
            var doc = 0;
            for (var j = 0; j < pairs.length; j += 2) {
              doc += pairs[j];
              docs[doc] = {};
              var ref = field + '/' + doc;
              if (!vectors[ref]) {
                vectors[ref] = [];
                order.push(ref);
              }
              vectors[ref].push(position, pairs[j + 1]);
            }
            posting[field] = docs;
          }
          invertedIndex.push([row[0], posting]);
        }
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

  /** The chunk that holds document `i`. */
  function chunkOf(main, i) {
    return lastAtOrBefore(main.chunks, i);
  }

  /** A loaded chunk's titles, addresses and texts into the documents. */
  function fillChunk(main, docs, n, rows) {
    for (var i = 0; i < rows.length; i++) {
      var d = docs[main.chunks[n] + i];
      d.t = rows[i][0];
      d.u = rows[i][1];
      d.x = rows[i][2];
    }
  }

  root.lrtZoeken = {
    SEPARATOR: SEPARATOR,
    fold: fold,
    setUp: setUp,
    restoreIndex: restoreIndex,
    queryWords: queryWords,
    query: query,
    passes: passes,
    matcher: matcher,
    sentencesOf: sentencesOf,
    bestSentence: bestSentence,
    marked: marked,
    aboutWords: aboutWords,
    shardsFor: shardsFor,
    joinShards: joinShards,
    expandDocs: expandDocs,
    chunkOf: chunkOf,
    fillChunk: fillChunk,
  };
})(typeof self !== 'undefined' ? self : globalThis);
