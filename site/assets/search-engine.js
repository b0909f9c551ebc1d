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

  /** lunr's query for hits with all the words. */
  function allWordsQuery(lunr, words) {
    return function (q) {
      words.forEach(function (w) {
        q.term(w, { presence: lunr.Query.presence.REQUIRED });
      });
    };
  }

  /** lunr's query for hits with some of the words, or words they start. */
  function someWordsQuery(lunr, words) {
    return function (q) {
      words.forEach(function (w) {
        q.term(w);
        if (w.length >= 4) q.term(w, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.3 });
      });
    };
  }

  /** Hits with all words first, then hits with some; `inAll` marks those with all words. */
  function searchWords(lunr, idx, words) {
    var all = idx.query(allWordsQuery(lunr, words));
    var some = idx.query(someWordsQuery(lunr, words));
    var seen = {};
    var inAll = {};
    var own = {};
    var out = [];
    all.forEach(function (h) {
      inAll[Number(h.ref)] = true;
    });
    // Found in its own fields, not only in the passage around it (an agreement's context).
    some.forEach(function (h) {
      var meta = h.matchData.metadata;
      own[Number(h.ref)] = Object.keys(meta).some(function (term) {
        return Object.keys(meta[term]).some(function (field) {
          return field !== 'context';
        });
      });
    });
    all.concat(some).forEach(function (h) {
      if (seen[h.ref]) return;
      seen[h.ref] = true;
      out.push(Number(h.ref));
    });
    return { hits: out, inAll: inAll, own: own };
  }

  var own = Object.prototype.hasOwnProperty;

  /** What the question asks beyond its words (data/site.yaml and the registry, as zoekindex.json carries them). */
  function askOf(data) {
    return data.ask || (data.main && data.main.ask) || null;
  }

  /** The organisation a word names ("vng", "jenv", "staatssecretaris"), or null. */
  function ownerOfWord(ask, word) {
    return ask && own.call(ask.orgs, word) ? ask.orgs[word] : null;
  }

  /**
   * The owner a question asks about when it asks what is still open ("wat moet VNG nog doen",
   * "open afspraken JenV"): an organisation's word and a question word (data/site.yaml) in it.
   */
  function ownerAsked(lunr, data, text) {
    var ask = askOf(data);
    if (!ask) return null;
    var owner = null;
    var open = false;
    lunr.tokenizer(text).forEach(function (t) {
      var w = fold(String(t).toLowerCase());
      if (!owner) owner = ownerOfWord(ask, w);
      if (ask.open.indexOf(w) >= 0) open = true;
    });
    return open ? owner : null;
  }

  function isAgreementKind(k) {
    return k === 'afspraak' || k === 'besluit' || k === 'toezegging';
  }

  /**
   * The order of hits, as groups before lunr's score: the asked owner's open agreements; then
   * the asked kind; then hits with all words before hits with some; then, for equal standing,
   * agreements (what people look for) before passages, when the words are in the agreement
   * itself (`own`), not only in the passage around it. Lower comes first.
   */
  function groupOf(doc, kind, owner, inAll, own) {
    var agreement = isAgreementKind(doc.k);
    var ownerOpen = owner && agreement && (doc.s === 'open' || doc.s === 'loopt') && doc.o.indexOf(owner) >= 0;
    // An agreement found only through the passage around it does not go before passages.
    return (owner && !ownerOpen ? 8 : 0) + (kind && doc.k !== kind ? 4 : 0) + (inAll ? 0 : 2) + (agreement && own !== false ? 0 : 1);
  }

  /** The kind the first label word of the query names ("afspraken" → afspraak), or null. */
  function kindOf(lunr, data, words) {
    var stem = stemmer(lunr);
    for (var i = 0; i < words.length; i++) if (data.kinds[stem(words[i])]) return data.kinds[stem(words[i])];
    return null;
  }

  /**
   * A whole query against a loaded index file ({ index, docs, kinds }). A label word ("afspraken",
   * "besluit") says which kind is wanted rather than what it is about: "afspraken VNG" searches VNG
   * and puts agreements first; "afspraken" alone lists them, newest first.
   */
  function query(lunr, data, text) {
    var words = queryWords(lunr, text);
    var kind = kindOf(lunr, data, words);
    var owner = ownerAsked(lunr, data, text);
    var about = aboutWords(lunr, data, words, owner);
    var hits = [];
    var inAll = null;
    var own = null;
    if (about.length) {
      var found = searchWords(lunr, data.index, about);
      hits = found.hits;
      inAll = found.inAll;
      own = found.own;
    } else if (kind)
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
    // Grouped (groupOf), in lunr's order within a group: a stable sort on the group.
    var keyed = hits.map(function (i, at) {
      return { i: i, at: at, g: groupOf(data.docs[i], kind, owner, inAll ? inAll[i] : true, own ? own[i] === true : true) };
    });
    keyed.sort(function (x, y) {
      return x.g - y.g || x.at - y.at;
    });
    hits = keyed.map(function (x) {
      return x.i;
    });
    return { words: words, kind: kind, owner: owner, hits: hits };
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
    var stems = Object.create(null);
    words.forEach(function (w) {
      stems[stem(w)] = true;
    });
    // A page of results has the same words many times over: each is stemmed once.
    var seen = Object.create(null);
    function match(piece) {
      var lower = fold(piece.toLowerCase());
      if (!lower) return 0;
      if (stems[stem(lower)]) return 2;
      var exp = Object.prototype.hasOwnProperty.call(abbr, lower) ? abbr[lower] : null;
      if (exp && exp.some(function (s) { return stems[s]; })) return 2;
      return words.some(function (w) {
        return w.length >= 4 && lower.indexOf(w) === 0;
      })
        ? 1
        : 0;
    }
    return function (piece) {
      var known = seen[piece];
      return known === undefined ? (seen[piece] = match(piece)) : known;
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

  /**
   * The words a query searches for: the label words ("afspraken") only say which kind comes
   * first, and in a question about an owner's open agreements the question words ("open") only ask.
   */
  function aboutWords(lunr, data, words, owner) {
    var stem = stemmer(lunr);
    var ask = askOf(data);
    return words.filter(function (w) {
      if (data.kinds[stem(w)]) return false;
      return !(owner && ask && ask.open.indexOf(w) >= 0);
    });
  }

  /** Edit distance with transpositions (optimal string alignment), giving up above `max`. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a[i - 1] === b[k - 1] ? 0 : 1;
        var v = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + cost);
        if (prev2 && i > 1 && k > 1 && a[i - 1] === b[k - 2] && a[i - 2] === b[k - 1]) v = Math.min(v, prev2[k - 2] + 1);
        row.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  /**
   * For a word the index does not know: the closest indexed terms (at most 2 edits, 1 for short
   * words), nearest first, at most `limit`. `terms`: the indexed terms to choose from.
   */
  function suggest(lunr, terms, word, limit) {
    var stem = stemmer(lunr)(word);
    var max = stem.length <= 5 ? 1 : 2;
    var found = [];
    terms.forEach(function (t) {
      if (t.length < 3 || /^\d/.test(t)) return;
      var d = Math.min(distance(stem, t, max), distance(fold(word.toLowerCase()), t, max));
      if (d <= max) found.push({ term: t, d: d });
    });
    found.sort(function (x, y) {
      return x.d - y.d || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
    });
    return found.slice(0, limit || 3);
  }

  root.lrtZoeken = {
    SEPARATOR: SEPARATOR,
    fold: fold,
    setUp: setUp,
    stemmer: stemmer,
    restoreIndex: restoreIndex,
    queryWords: queryWords,
    query: query,
    passes: passes,
    matcher: matcher,
    sentencesOf: sentencesOf,
    bestSentence: bestSentence,
    marked: marked,
    aboutWords: aboutWords,
    ownerAsked: ownerAsked,
    groupOf: groupOf,
    isAgreementKind: isAgreementKind,
    suggest: suggest,
    distance: distance,
    kindOf: kindOf,
    allWordsQuery: allWordsQuery,
    someWordsQuery: someWordsQuery,
  };
})(typeof self !== 'undefined' ? self : globalThis);
