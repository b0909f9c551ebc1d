import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESS = new Set(['.html', '.css', '.js', '.mjs', '.json']);

/**
 * A static server as a host serves a site (GitHub Pages gzips text). Scripts and JSON are
 * compressed before the first request, so compression time never counts as search time; Pagefind's
 * own files are already compressed and go out as they are.
 */
export async function serveCompressed(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const ready = new Map<string, Buffer>();
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    const ext = path.extname(e.name);
    if (e.isFile() && (ext === '.js' || ext === '.json' || ext === '.mjs')) {
      const abs = path.join(e.parentPath, e.name);
      ready.set(abs, gzipSync(await readFile(abs)));
    }
  }
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
    const ext = path.extname(file);
    const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? (ready.get(file) ?? (await readFile(file).then(gzipSync, () => null))) : await readFile(file).catch(() => null);
    if (!body) return void res.writeHead(404).end('niet gevonden');
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
