import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { removeTree } from '../../../src/cli/site/removeTree.js';

const root = mkdtempSync(path.join(tmpdir(), 'lrt-removetree-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('removeTree', () => {
  test('removes nested folders and files, and a symbolic link without touching what it points to', async () => {
    const outside = path.join(root, 'buiten');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'blijft.txt'), 'x');
    const site = path.join(root, 'site');
    mkdirSync(path.join(site, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(path.join(site, 'index.html'), '<p>');
    writeFileSync(path.join(site, 'a', 'b', 'c', 'diep.json'), '{}');
    mkdirSync(path.join(site, 'leeg'));
    symlinkSync(outside, path.join(site, 'a', 'naar-buiten'));
    symlinkSync(path.join(outside, 'blijft.txt'), path.join(site, 'bestand-link'));
    await removeTree(site);
    expect(existsSync(site)).toBe(false);
    expect(readdirSync(outside)).toEqual(['blijft.txt']);
  });

  test('a folder that is not there is no error', async () => {
    await expect(removeTree(path.join(root, 'nergens'))).resolves.toBeUndefined();
  });
});
