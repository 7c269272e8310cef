import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';

const PUBLIC_DIR = new URL('./public/', import.meta.url);

/** The page's files; nothing else is served, so no path from the URL ever reaches the file system. */
const FILES: Readonly<Record<string, { readonly file: string; readonly type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/console.css': { file: 'console.css', type: 'text/css; charset=utf-8' },
  '/console.js': { file: 'console.js', type: 'text/javascript; charset=utf-8' },
  '/apl.js': { file: 'apl.js', type: 'text/javascript; charset=utf-8' },
};

/** Serves one of the page's files; false when `path` is not one of them. */
export async function serveStatic(path: string, res: ServerResponse): Promise<boolean> {
  const entry = FILES[path];
  if (!entry) return false;
  const body = await readFile(new URL(entry.file, PUBLIC_DIR));
  res.writeHead(200, {
    'content-type': entry.type,
    'content-length': body.length,
    'cache-control': 'no-store',
    // Everything is local and same-origin: no CDN, no inline script, no framing.
    'content-security-policy':
      "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
  return true;
}
