// A small static file server for the built site, used by `npm start`, the end-to-end tests
// and the benchmark. It serves like a plain static host: directory URLs map to index.html,
// a path without its trailing slash redirects, unknown paths get the locale's 404 page,
// text is gzipped when the client accepts it, and `_headers` rules (if any) are applied.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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

  const fileFor = async (urlPath) => {
    const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.(\/|\\|$))+/, '');
    const full = join(root, clean);
    if (!full.startsWith(root)) return undefined;
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

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let status = 200;
    if (!url.pathname.startsWith(basePrefix) && `${url.pathname}/` !== basePrefix) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the site base');
      return;
    }
    const sitePath = `/${url.pathname.slice(basePrefix.length)}`;
    let found = await fileFor(sitePath);
    if (found?.redirect) {
      res.writeHead(301, { location: `${basePrefix.replace(/\/$/, '')}${found.redirect}${url.search}` }).end();
      return;
    }
    if (!found) {
      status = 404;
      const locale = /^\/(fa|ar|en)\//.exec(sitePath)?.[1];
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
    for (const rule of headerRules) if (matches(rule.pattern, url.pathname)) for (const [k, v] of rule.headers) headers[k.toLowerCase()] = v;
    if (log) console.log(status, url.pathname);
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
    else createReadStream(file).pipe(res);
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
