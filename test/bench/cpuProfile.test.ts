import { describe, expect, it } from 'vitest';
import { categoryOf, packageOf, summariseProfiles, type CpuProfile } from './cpuProfile.js';

const frame = (url: string, functionName = 'f') => ({ url, functionName });

describe('the category of a profiled frame', () => {
  it('knows a package by its node_modules path, scoped or not', () => {
    expect(packageOf('file:///x/node_modules/@11ty/eleventy/src/Eleventy.js')).toBe('@11ty/eleventy');
    expect(packageOf('file:///x/node_modules/micromark/lib/parse.js')).toBe('micromark');
    expect(packageOf('file:///x/dist/cli/run.js')).toBeNull();
  });

  it('sorts the mandated stack and the project stages apart', () => {
    expect(categoryOf(frame('file:///x/node_modules/micromark-core-commonmark/lib/list.js'))).toBe('remark parse (micromark, mdast)');
    expect(categoryOf(frame('file:///x/node_modules/yaml/dist/parse/lexer.js'))).toBe('front matter YAML');
    expect(categoryOf(frame('file:///x/dist/extract/findBlocks.js'))).toBe('extraction (extract/, chrono)');
    expect(categoryOf(frame('file:///x/dist/publish/site/lunrIndexBuilder.js'))).toBe('search index (lunr, shards)');
    expect(categoryOf(frame('file:///x/dist/publish/site/agreementPages.js'))).toBe('view models and exports (publish/)');
    expect(categoryOf(frame('file:///x/node_modules/nunjucks/src/environment.js'))).toBe('Eleventy + Nunjucks (incl. site/ templates)');
    expect(categoryOf(frame('node:internal/fs/promises'))).toBe('file I/O (fs, read/)');
    expect(categoryOf(frame('', '(garbage collector)'))).toBe('garbage collection');
  });

  it('leaves generic helpers and built-ins to their caller', () => {
    expect(categoryOf(frame('file:///x/node_modules/unist-util-visit-parents/lib/index.js'))).toBeNull();
    expect(categoryOf(frame('node:path'))).toBeNull();
    expect(categoryOf(frame('', 'Array.prototype.map'))).toBeNull();
  });
});

describe('summing profiles', () => {
  // root → (idle); root → extract → visit → native; root → (garbage collector)
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('', '(root)'), children: [2, 3, 6] },
      { id: 2, callFrame: frame('', '(idle)') },
      { id: 3, callFrame: frame('file:///x/dist/extract/extractAll.js'), children: [4] },
      { id: 4, callFrame: frame('file:///x/node_modules/unist-util-visit/lib/index.js'), children: [5] },
      { id: 5, callFrame: frame('', 'RegExp.prototype.exec') },
      { id: 6, callFrame: frame('', '(garbage collector)') },
    ],
    samples: [2, 5, 5, 6, 2],
    timeDeltas: [1000, 3000, 3000, 2000, 9000],
    startTime: 0,
    endTime: 18000,
  };

  it('charges a sample to the innermost frame with a category, leaves idle out, and gives the GC share', () => {
    const s = summariseProfiles([profile, profile]);
    expect(s.ms['extraction (extract/, chrono)']).toBe(12);
    expect(s.ms['garbage collection']).toBe(4);
    expect(s.busyMs).toBe(16);
    expect(s.threads).toEqual([8, 8]);
    expect(s.gcShare).toBe(0.25);
  });
});
