// A small static file server for the built site, used by `npm start`, the end-to-end tests
// and the benchmark. It serves like a plain static host: directory URLs map to index.html,
// a path without its trailing slash redirects, unknown paths get the locale's 404 page,
// text is gzipped when the client accepts it, and `_headers` rules (if any) are applied.
// A malformed request (undecodable, overlong, `..`, NUL) gets 400 at once; no request can
// leave the server without an answer.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { localeCodes } from '../../src/i18n/locales.ts';

/** Longer request paths are refused; the site's longest is under 100 characters. */
export const maxPathLength = 2048;
const localeOf = new RegExp(`^/(${localeCodes.join('|')})/`);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const compressible = /^(text\/|application\/(json|javascript|xml|manifest))|image\/svg/;

/**
 * Parses a Netlify/Cloudflare-style `_headers` file: a path pattern line, then indented
 * `Name: value` lines. Only `/*` style prefix patterns are supported.
 * @param {string} text
 * @returns {{ pattern: string, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  let current;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at > 0) current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The decoded site path of a request path, or undefined when the request is malformed:
 * undecodable percent-escapes, too long, a NUL or backslash, or a `..` segment.
 * @param {string} rawPath the path as requested, still percent-encoded
 * @returns {string | undefined}
 */
export function cleanRequestPath(rawPath) {
  if (rawPath.length > maxPathLength || !rawPath.startsWith('/')) return undefined;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (/[\0\\]/.test(decoded) || decoded.split('/').some((segment) => segment === '..')) return undefined;
  return decoded;
}

/** @param {string} pattern @param {string} path */
const matches = (pattern, path) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/**
 * @param {{ root: string, port?: number, host?: string, base?: string, gzip?: boolean, log?: boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = 0, host = '127.0.0.1', base = '/', gzip = true, log = false }) {
  const basePrefix = base.endsWith('/') ? base : `${base}/`;
  let headerRules = [];
  try {
    headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch {
    // No _headers file: serve without extra headers.
  }
  const gzCache = new Map();

  /** @param {string} urlPath a decoded path from cleanRequestPath @returns {Promise<{ file?: string, redirect?: string } | undefined>} */
  const fileFor = async (urlPath) => {
    const full = join(root, urlPath);
    if (full !== root && !full.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return undefined;
    try {
      const info = await stat(full);
      if (info.isDirectory()) {
        if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
        const index = join(full, 'index.html');
        await stat(index);
        return { file: index };
      }
      return { file: full };
    } catch {
      return undefined;
    }
  };

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  const respond = async (req, res) => {
    const rawPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    const pathname = cleanRequestPath(rawPath);
    if (pathname === undefined) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 200;
    if (!pathname.startsWith(basePrefix) && `${pathname}/` !== basePrefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the site base');
      return;
    }
    const sitePath = `/${pathname.slice(basePrefix.length)}`;
    let found = await fileFor(sitePath);
    if (found?.redirect) {
      res.writeHead(301, { location: `${basePrefix.replace(/\/$/, '')}${encodeURI(found.redirect)}${url.search}` }).end();
      return;
    }
    if (!found) {
      status = 404;
      const locale = localeOf.exec(sitePath)?.[1];
      found = (locale && (await fileFor(`/${locale}/404/`))) || (await fileFor('/404.html'));
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
    }
    const file = /** @type {string} */ (found.file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'cache-control': file.includes(`${sep}_astro${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    for (const rule of headerRules) if (matches(rule.pattern, pathname)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    if (log) console.log(status, pathname);
    const acceptsGzip = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && compressible.test(type)) {
      let body = gzCache.get(file);
      if (!body) {
        body = gzipSync(await readFile(file), { level: 9 });
        gzCache.set(file, body);
      }
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const info = await stat(file);
    res.writeHead(status, { ...headers, 'content-length': info.size });
    if (req.method === 'HEAD') res.end();
    else
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
  };

  const server = createServer((req, res) => {
    // Whatever goes wrong, the request is answered (an unanswered request hangs its client).
    respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      else res.destroy();
    });
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${basePrefix}`,
    port: actualPort,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
