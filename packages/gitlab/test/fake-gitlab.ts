/**
 * A fake GitLab REST API v4 for merge request notes, following GitLab's documented request and response shapes:
 * https://docs.gitlab.com/api/notes/#merge-requests (list, create, modify), https://docs.gitlab.com/api/users/ (GET
 * /user), https://docs.gitlab.com/api/rest/#pagination (page/per_page, `x-next-page` empty on the last page,
 * per_page capped at 100), token in the `PRIVATE-TOKEN` header, errors as `{"message": "..."}`.
 */
import type { FetchLike } from '../src/api.js';

export interface FakeNote {
  id: number;
  body: string;
  system: boolean;
  author: { id: number; username: string };
  noteable_iid: number;
}

export interface Call {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: any;
}

export class FakeGitLab {
  notes: FakeNote[] = [];
  calls: Call[] = [];
  nextId = 1000;
  /** Tokens the fake knows, and the user each belongs to. */
  tokens = new Map<string, { id: number; username: string; canWrite: boolean }>([['glpat-good', { id: 7, username: 'project_42_bot', canWrite: true }]]);
  projectId = '42';
  mergeRequests = new Set([5]);
  /** Answers to force before the normal ones: status and headers, consumed in order. */
  queued: Array<{ status: number; headers?: Record<string, string>; body?: unknown }> = [];

  addNote(iid: number, body: string, author = { id: 7, username: 'project_42_bot' }, system = false): FakeNote {
    const n = { id: this.nextId++, body, system, author, noteable_iid: iid };
    this.notes.push(n);
    return n;
  }

  fetch: FetchLike = async (url, init) => {
    const u = new URL(url);
    const path = u.pathname.replace(/^\/api\/v4/, '');
    const query = Object.fromEntries(u.searchParams);
    const body = init.body ? JSON.parse(init.body) : undefined;
    this.calls.push({ method: init.method, path, query, body });
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      const h = new Map(Object.entries({ 'content-type': 'application/json', ...headers }).map(([k, v]) => [k.toLowerCase(), v]));
      return { status, headers: { get: (n: string) => h.get(n.toLowerCase()) ?? null }, text: async () => JSON.stringify(data) };
    };
    const q = this.queued.shift();
    if (q) return reply(q.status, q.body ?? { message: `${q.status}` }, q.headers);
    const user = this.tokens.get(init.headers['PRIVATE-TOKEN'] ?? '');
    if (!user) return reply(401, { message: '401 Unauthorized' });
    if (init.method === 'GET' && path === '/user') return reply(200, { id: user.id, username: user.username });
    const m = /^\/projects\/([^/]+)\/merge_requests\/(\d+)\/notes(?:\/(\d+))?$/.exec(path);
    if (!m || decodeURIComponent(m[1]!) !== this.projectId) return reply(404, { message: '404 Project Not Found' });
    const iid = Number(m[2]);
    if (!this.mergeRequests.has(iid)) return reply(404, { message: '404 Not found' });
    if (init.method === 'GET' && !m[3]) {
      const perPage = Math.min(Number(query.per_page ?? 20), 100);
      const page = Number(query.page ?? 1);
      const all = this.notes.filter((n) => n.noteable_iid === iid);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const last = page * perPage >= all.length;
      return reply(200, slice, { 'x-page': String(page), 'x-per-page': String(perPage), 'x-next-page': last ? '' : String(page + 1), 'x-total': String(all.length) });
    }
    if (!user.canWrite) return reply(403, { message: '403 Forbidden' });
    if (typeof body?.body !== 'string' || !body.body) return reply(400, { message: { body: ["can't be blank"] } });
    if (body.body.length > 1_000_000) return reply(400, { message: { body: ['is too long (maximum is 1000000 characters)'] } });
    if (init.method === 'POST' && !m[3]) return reply(201, this.addNote(iid, body.body, { id: user.id, username: user.username }));
    if (init.method === 'PUT' && m[3]) {
      const n = this.notes.find((x) => x.id === Number(m[3]) && x.noteable_iid === iid);
      if (!n) return reply(404, { message: '404 Note Not Found' });
      if (n.author.id !== user.id) return reply(403, { message: '403 Forbidden' });
      n.body = body.body;
      return reply(200, n);
    }
    return reply(405, { message: '405 Method Not Allowed' });
  };
}
