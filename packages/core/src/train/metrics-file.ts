import { UserError } from '../errors.js';
import { excerpt } from '../excerpt.js';

/**
 * The metrics file the training writes: a JSON object of finite numbers, `{"accuracy": 0.93, "loss": 0.21}`.
 *
 * JSON.parse alone cannot say which key is wrong, and Python's `json.dump` writes `NaN` and `Infinity` (not JSON)
 * by default, so a tolerant reader parses the document, accepts those tokens as values, and then every value is
 * checked with its key and line in hand.
 */

/** A value read by the tolerant reader. `nonFinite` stands for NaN / Infinity / -Infinity tokens. */
type Loose =
  | { t: 'number'; v: number; line: number }
  | { t: 'string'; v: string; line: number }
  | { t: 'bool'; v: boolean; line: number }
  | { t: 'null'; line: number }
  | { t: 'array'; line: number }
  | { t: 'object'; entries: Array<{ key: string; value: Loose; line: number }>; line: number };

class LooseJson {
  private i = 0;
  private line = 1;
  constructor(private readonly s: string, private readonly file: string) {}

  fail(msg: string): never {
    throw new UserError(`${this.file} is not valid JSON: ${msg} at line ${this.line}.`, { file: this.file, line: this.line });
  }

  ws(): void {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\n') this.line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\uFEFF') break;
      this.i++;
    }
  }

  value(): Loose {
    this.ws();
    const s = this.s;
    const c = s[this.i];
    const line = this.line;
    if (c === '{') return this.object();
    if (c === '[') {
      this.skipArray();
      return { t: 'array', line };
    }
    if (c === '"') return { t: 'string', v: this.string(), line };
    for (const [tok, v] of [['NaN', NaN], ['Infinity', Infinity], ['-Infinity', -Infinity]] as const) {
      if (s.startsWith(tok, this.i)) {
        this.i += tok.length;
        return { t: 'number', v, line };
      }
    }
    if (s.startsWith('true', this.i)) { this.i += 4; return { t: 'bool', v: true, line }; }
    if (s.startsWith('false', this.i)) { this.i += 5; return { t: 'bool', v: false, line }; }
    if (s.startsWith('null', this.i)) { this.i += 4; return { t: 'null', line }; }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(s.slice(this.i, this.i + 64));
    if (m) {
      this.i += m[0].length;
      return { t: 'number', v: Number(m[0]), line };
    }
    return this.fail(c === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(c)}`);
  }

  string(): string {
    const s = this.s;
    const start = this.i;
    this.i++;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\') this.i += 2;
      else if (c === '"') {
        this.i++;
        try {
          return JSON.parse(s.slice(start, this.i)) as string;
        } catch {
          return this.fail('bad string escape');
        }
      } else if (c === '\n') return this.fail('unterminated string');
      else this.i++;
    }
    return this.fail('unterminated string');
  }

  object(): Loose {
    const line = this.line;
    this.i++;
    const entries: Array<{ key: string; value: Loose; line: number }> = [];
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return { t: 'object', entries, line };
    }
    for (;;) {
      this.ws();
      if (this.s[this.i] !== '"') this.fail('expected a "key"');
      const keyLine = this.line;
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail(`expected ':' after "${key}"`);
      this.i++;
      const value = this.value();
      entries.push({ key, value, line: keyLine });
      this.ws();
      const c = this.s[this.i];
      if (c === ',') { this.i++; continue; }
      if (c === '}') { this.i++; return { t: 'object', entries, line }; }
      this.fail(`expected ',' or '}' after the value of "${key}"`);
    }
  }

  skipArray(): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') { this.i++; return; }
    for (;;) {
      this.value();
      this.ws();
      const c = this.s[this.i];
      if (c === ',') { this.i++; continue; }
      if (c === ']') { this.i++; return; }
      this.fail("expected ',' or ']' in an array");
    }
  }

  document(): Loose {
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) this.fail('unexpected text after the JSON value');
    return v;
  }
}

function describe(v: Loose): string {
  switch (v.t) {
    case 'string': return `a string (${JSON.stringify(v.v.length > 40 ? v.v.slice(0, 37) + '...' : v.v)})`;
    case 'bool': return `a boolean (${v.v})`;
    case 'null': return 'null';
    case 'array': return 'an array';
    case 'object': return 'an object';
    default: return Number.isNaN(v.v) ? 'NaN' : v.v > 0 ? 'Infinity' : '-Infinity';
  }
}

/**
 * Parse one JSON document leniently (NaN / Infinity accepted) into plain values: objects become plain objects,
 * arrays become undefined (never a metric). Used for metrics-log lines that JSON.parse rejects.
 */
export function parseLooseJson(text: string, file: string): unknown {
  const toPlain = (v: Loose): unknown => {
    switch (v.t) {
      case 'object': {
        const o: Record<string, unknown> = {};
        // defineProperty, not o[key] =: a "__proto__" key stays data instead of replacing the object's prototype.
        for (const e of v.entries) Object.defineProperty(o, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true });
        return o;
      }
      case 'array': return undefined;
      case 'null': return null;
      default: return v.v;
    }
  };
  return toPlain(new LooseJson(text, file).document());
}

/**
 * Most metrics a metrics file may hold, and longest metric name: each becomes a step output, and GitHub keeps about
 * 1 MB of outputs per step, so a file of a million keys must be refused rather than flood the outputs file.
 */
export const MAX_METRICS = 1000;
export const MAX_METRIC_NAME = 200;

/** A metric name for a message: as written when short and printable, else an escaped excerpt. */
function named(key: string): string {
  return key.length <= 80 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029']/.test(key) ? `'${key}'` : excerpt(key);
}

/** The metrics in file order. */
export type Metrics = Array<[name: string, value: number]>;

/**
 * Parse and validate a metrics file. Every problem is a UserError naming the file, the key and its line, and
 * saying what to write instead.
 */
export function parseMetricsFile(text: string, file: string): Metrics {
  if (text.trim() === '') throw new UserError(`${file} is empty: the training must write a JSON object such as {"accuracy": 0.93}.`, { file });
  const doc = new LooseJson(text, file).document();
  if (doc.t !== 'object') {
    throw new UserError(`${file} must hold a JSON object of metric names to numbers, such as {"accuracy": 0.93}; it holds ${describe(doc)}.`, { file, line: doc.line });
  }
  const out: Metrics = [];
  const seen = new Set<string>();
  if (doc.entries.length > MAX_METRICS) {
    throw new UserError(`${file} holds ${doc.entries.length.toLocaleString('en-US')} metrics; at most ${MAX_METRICS} are published as outputs. Write the headline metrics here and the rest to metrics-log or an artifact.`, { file, line: doc.line });
  }
  for (const { key, value, line } of doc.entries) {
    if (key.length > MAX_METRIC_NAME) throw new UserError(`${file}: a metric name of ${key.length.toLocaleString('en-US')} characters (line ${line}) is over the ${MAX_METRIC_NAME}-character limit: ${excerpt(key)}.`, { file, line });
    if (key === '__proto__') throw new UserError(`${file}: '__proto__' (line ${line}) cannot be a metric name (JavaScript reserves it); rename the metric.`, { file, line });
    if (seen.has(key)) throw new UserError(`${file}: metric ${named(key)} appears twice (line ${line}); write each metric once.`, { file, line });
    seen.add(key);
    if (key.trim() === '') throw new UserError(`${file}: a metric has an empty name (line ${line}).`, { file, line });
    if (value.t === 'number' && Number.isFinite(value.v)) {
      out.push([key, value.v]);
      continue;
    }
    let fix: string;
    if (value.t === 'number') fix = 'the training produced a non-finite value (diverged loss, division by zero); fix the run or leave the metric out';
    else if (value.t === 'object') fix = `flatten nested metrics into one level, e.g. "${key}/loss": 0.2`;
    else if (value.t === 'string' && value.v.trim() !== '' && Number.isFinite(Number(value.v))) fix = `write it as a number: "${key}": ${Number(value.v)}`;
    else fix = 'write a single finite number';
    throw new UserError(`${file}: metric ${named(key)} (line ${value.line}) is ${describe(value)}, not a finite number; ${fix}.`, { file, line: value.line });
  }
  return out;
}
