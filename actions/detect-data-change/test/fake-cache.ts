/**
 * A small stand-in for the GitHub Actions cache service, speaking the protocol @actions/cache 6 uses when
 * ACTIONS_CACHE_SERVICE_V2 is unset on github.com ("v1", lib/internal/cacheHttpClient.js):
 *
 *   GET   {ACTIONS_CACHE_URL}_apis/artifactcache/cache?keys=k1,k2&version=V  → 200 {cacheKey, archiveLocation} | 204
 *   POST  {ACTIONS_CACHE_URL}_apis/artifactcache/caches {key, version, cacheSize}  → 201 {cacheId} | 409 (key taken)
 *   PATCH {ACTIONS_CACHE_URL}_apis/artifactcache/caches/{id}  (Content-Range: bytes a-b/*)  → 204
 *   POST  {ACTIONS_CACHE_URL}_apis/artifactcache/caches/{id} {size}  → 204 (commit)
 *   GET   {archiveLocation}  → the archive bytes
 *
 * Lookup follows the service's documented matching: for each key in order, an exact match, else the newest entry whose
 * key starts with it, among entries of the same version. `failWith` answers every API call with that status
 * (an outage the client does not retry: 4xx), so the action's degradation can be tested without waiting on retries.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  committed: boolean;
  data: Buffer;
  created: number;
}

export interface FakeCache {
  /** Value for ACTIONS_CACHE_URL (ends with a slash, as the runner's does). */
  url: string;
  entries: CacheEntry[];
  requests: Array<{ method: string; path: string; status: number }>;
  /** When set, every `_apis` request is answered with this status. */
  failWith?: number;
  /** The env a step needs to use this cache. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

export async function startFakeCache(): Promise<FakeCache> {
  const entries: CacheEntry[] = [];
  const requests: FakeCache['requests'] = [];
  let nextId = 1;
  let tick = 0;
  const fake: FakeCache = {
    url: '',
    entries,
    requests,
    env: () => ({ ACTIONS_CACHE_URL: fake.url, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token', ACTIONS_CACHE_SERVICE_V2: '' }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json' }).end(text);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      const answer = (status: number, json?: unknown) => {
        requests.push({ method, path: url.pathname + url.search, status });
        send(res, status, json);
      };
      if (url.pathname.startsWith('/blobs/')) {
        const e = entries.find((x) => x.id === Number(url.pathname.slice('/blobs/'.length)) && x.committed);
        requests.push({ method, path: url.pathname, status: e ? 200 : 404 });
        if (!e) return send(res, 404);
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(e.data.length) }).end(e.data);
        return;
      }
      if (!url.pathname.startsWith('/_apis/artifactcache/')) return answer(404, { message: 'not found' });
      if (!/^Bearer .+/.test(req.headers.authorization ?? '')) return answer(401, { message: 'missing runtime token' });
      if (fake.failWith) return answer(fake.failWith, { message: `fake cache outage (${fake.failWith})` });
      const resource = url.pathname.slice('/_apis/artifactcache/'.length);

      if (method === 'GET' && resource === 'cache') {
        const keys = (url.searchParams.get('keys') ?? '').split(',');
        const version = url.searchParams.get('version') ?? '';
        const live = entries.filter((e) => e.committed && e.version === version);
        for (const k of keys) {
          const exact = live.find((e) => e.key === k);
          const hit = exact ?? live.filter((e) => e.key.startsWith(k)).sort((a, b) => b.created - a.created)[0];
          if (hit) return answer(200, { cacheKey: hit.key, scope: 'refs/heads/main', archiveLocation: `${fake.url}blobs/${hit.id}`, creationTime: new Date(hit.created).toISOString() });
        }
        return answer(204);
      }
      if (method === 'GET' && resource === 'caches') return answer(200, { totalCount: 0, artifactCaches: [] });
      if (method === 'POST' && resource === 'caches') {
        const r = JSON.parse(body.toString('utf8')) as { key: string; version: string };
        if (entries.some((e) => e.key === r.key && e.version === r.version)) return answer(409, { message: `Cache already exists: ${r.key}` });
        const id = nextId++;
        entries.push({ id, key: r.key, version: r.version, committed: false, data: Buffer.alloc(0), created: ++tick });
        return answer(201, { cacheId: id });
      }
      const m = /^caches\/(\d+)$/.exec(resource);
      const entry = m ? entries.find((e) => e.id === Number(m[1])) : undefined;
      if (m && !entry) return answer(404, { message: 'no such cache' });
      if (method === 'PATCH' && entry) {
        const range = /^bytes (\d+)-(\d+)\/\*$/.exec(String(req.headers['content-range'] ?? ''));
        if (!range || Number(range[2]) - Number(range[1]) + 1 !== body.length) return answer(400, { message: 'bad Content-Range' });
        const start = Number(range[1]);
        const data = Buffer.alloc(Math.max(entry.data.length, start + body.length));
        entry.data.copy(data);
        body.copy(data, start);
        entry.data = data;
        return answer(204);
      }
      if (method === 'POST' && entry) {
        const r = JSON.parse(body.toString('utf8')) as { size: number };
        if (r.size !== entry.data.length) return answer(400, { message: `size ${r.size} does not match the ${entry.data.length} bytes uploaded` });
        entry.committed = true;
        return answer(204);
      }
      return answer(405, { message: `${method} ${resource} not supported` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  return fake;
}
