/**
 * The few GitLab REST API v4 calls mlci makes, on Node's fetch. Written by hand rather than with a full client
 * (@gitbeaker/rest): three endpoints, and mlci needs exact control of what a failure means — a 401/403/404 on a note
 * is a one-line notice, never a failed gate — and of retries (429 and 5xx, honouring `Retry-After`, as GitLab's rate
 * limits ask: https://docs.gitlab.com/security/rate_limits/).
 */

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

export interface ApiOptions {
  /** `CI_API_V4_URL`, e.g. https://gitlab.com/api/v4 */
  apiUrl: string;
  token: string;
  fetch?: FetchLike;
  /** Waits between retries (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
  /** Retries after the first try on 429 and 5xx. */
  retries?: number;
  /** Longest wait honoured from a `Retry-After` header; longer waits give up instead of holding the job. */
  maxWaitMs?: number;
  debug?: (line: string) => void;
}

/** A GitLab API answer other than 2xx, after retries. */
export class GitLabApiError extends Error {
  constructor(readonly status: number, readonly method: string, readonly path: string, detail: string) {
    super(`GitLab API ${method} ${path} answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'GitLabApiError';
  }
}

/** Seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The `message`/`error` of a GitLab error body, cut short (never a whole page of HTML from a proxy). */
function detailOf(text: string): string {
  try {
    const j = JSON.parse(text) as { message?: unknown; error?: unknown };
    const m = j.message ?? j.error;
    const s = typeof m === 'string' ? m : JSON.stringify(m);
    return s ? s.slice(0, 200) : '';
  } catch {
    return text.replace(/\s+/g, ' ').trim().slice(0, 120);
  }
}

export class GitLabApi {
  private readonly fetch: FetchLike;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retries: number;
  private readonly maxWaitMs: number;

  constructor(private readonly opts: ApiOptions) {
    this.fetch = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.retries = opts.retries ?? 3;
    this.maxWaitMs = opts.maxWaitMs ?? 60_000;
  }

  /** One request with retries; returns the parsed JSON body and the response headers. */
  async request<T>(method: string, path: string, body?: unknown): Promise<{ data: T; headers: { get(name: string): string | null } }> {
    const url = this.opts.apiUrl.replace(/\/+$/, '') + path;
    const headers: Record<string, string> = { 'PRIVATE-TOKEN': this.opts.token, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    for (let attempt = 0; ; attempt++) {
      const res = await this.fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      if (res.status >= 200 && res.status < 300) {
        return { data: (text ? JSON.parse(text) : undefined) as T, headers: res.headers };
      }
      const retriable = res.status === 429 || res.status >= 500;
      if (!retriable || attempt >= this.retries) throw new GitLabApiError(res.status, method, path.split('?')[0]!, detailOf(text));
      // Retry-After when given (GitLab sends it with 429), else exponential backoff: 1 s, 2 s, 4 s.
      const wait = retryAfterMs(res.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
      if (wait > this.maxWaitMs) throw new GitLabApiError(res.status, method, path.split('?')[0]!, `asked to wait ${Math.ceil(wait / 1000)} s, longer than mlci waits`);
      this.opts.debug?.(`GitLab API ${method} ${path.split('?')[0]} answered ${res.status}; retrying in ${wait} ms`);
      await this.sleep(wait);
    }
  }

  /** Every page of a list, following `x-next-page` (https://docs.gitlab.com/api/rest/#pagination). */
  async *pages<T>(path: string, perPage = 100): AsyncGenerator<T[]> {
    let page = '1';
    for (let guard = 0; guard < 10_000; guard++) {
      const sep = path.includes('?') ? '&' : '?';
      const { data, headers } = await this.request<T[]>('GET', `${path}${sep}per_page=${perPage}&page=${page}`);
      yield data;
      const next = headers.get('x-next-page');
      if (!next) return;
      page = next;
    }
  }
}
