import { StringDecoder } from 'node:string_decoder';

/**
 * The training's stdout and stderr pass through the action's own, where the runner reads workflow commands from
 * every line of both (actions/runner `ScriptHandler` / `NodeScriptActionHandler` hand each to `OutputManager`, which
 * calls `ActionCommandManager.TryProcessCommand`). Without a filter a training could set the action's outputs
 * (`::set-output`), its state, the job's env and PATH, or print `::stop-commands::` and silence the action's own
 * errors. This filter lets through the commands a training may use and neutralises the rest:
 *
 * - The runner's line reader splits on `\n`, `\r` and `\r\n` (.NET `StreamReader.ReadLine`), so all three end a line
 *   here too, and the filter only ever writes whole lines: a command cannot be assembled from a partial line and
 *   the action's own next line.
 * - `::name ...::` counts after leading whitespace (`ActionCommand.TryParseV2` trims the start), and the legacy
 *   `##[name ...]` anywhere in a line (`ActionCommand.TryParse` searches for the prefix). Names are compared without
 *   case (the runner's command set is `OrdinalIgnoreCase`).
 * - Allowed: annotations (`error`, `warning`, `notice`), `debug`, `group`/`endgroup` and `add-mask`: what the
 *   training says about itself. Everything else (`set-output`, `save-state`, `set-env`, `add-path`,
 *   `stop-commands`, `echo`, `add-matcher`, unknown names) is printed with a visible `[blocked] ` prefix, so the
 *   runner does not run it, and counted for one warning at the end.
 */
export const TRAINING_COMMANDS: ReadonlySet<string> = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask']);

/** Leading characters .NET's `TrimStart()` or JavaScript's `trimStart()` may drop (over-approximated: safe). */
const LEADING = /^[\s\p{Z}\p{Cc}\u180e\u200b-\u200d\u2060\ufeff]*/u;
const LEGACY = /##\[([^\]]*)/g;
/** A line with no end this long is cut here (with a line break), so memory stays bounded. */
const MAX_LINE = 64 * 1024;

export class CommandFilter {
  /** Blocked command names and how often each was seen. */
  readonly blocked = new Map<string, number>();
  private partial = '';
  private timer: NodeJS.Timeout | undefined;
  private readonly decoder = new StringDecoder('utf8');

  /**
   * @param write where filtered whole lines go (the action's stdout or stderr)
   * @param flushMs a partial line (a prompt, a progress dot) waiting this long is written with a line break added
   */
  constructor(private readonly write: (s: string) => void, private readonly flushMs = 1000) {}

  private block(name: string): void {
    const n = name.toLowerCase() || '(empty)';
    this.blocked.set(n, (this.blocked.get(n) ?? 0) + 1);
  }

  /** One line without its terminator, made safe. */
  sanitize(line: string): string {
    let out = line;
    const lead = LEADING.exec(line)?.[0].length ?? 0;
    if (line.startsWith('::', lead)) {
      const end = line.indexOf('::', lead + 2);
      if (end >= 0) {
        const info = line.slice(lead + 2, end);
        const sp = info.indexOf(' ');
        const name = sp < 0 ? info : info.slice(0, sp);
        if (!TRAINING_COMMANDS.has(name.toLowerCase())) {
          this.block(name);
          out = '[blocked] ' + line;
        }
      }
    }
    if (out.includes('##[')) {
      out = out.replace(LEGACY, (m, info: string) => {
        const sp = info.indexOf(' ');
        const name = sp < 0 ? info : info.slice(0, sp);
        if (TRAINING_COMMANDS.has(name.toLowerCase())) return m;
        this.block(name);
        return '##[blocked] [' + info;
      });
    }
    return out;
  }

  push(chunk: Buffer | string): void {
    const text = this.partial + (typeof chunk === 'string' ? chunk : this.decoder.write(chunk));
    const end = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
    let out = '';
    if (end > 0) {
      const whole = text.slice(0, end);
      // Fast path: most training output holds no command marker at all, and is written as it came.
      if (!whole.includes('::') && !whole.includes('##[')) out = whole;
      else {
        const parts = whole.split(/(\r\n|\r|\n)/);
        for (let i = 0; i + 1 < parts.length; i += 2) out += this.sanitize(parts[i]) + parts[i + 1];
      }
    }
    this.partial = text.slice(end);
    while (this.partial.length >= MAX_LINE) {
      out += this.sanitize(this.partial.slice(0, MAX_LINE)) + '\n';
      this.partial = this.partial.slice(MAX_LINE);
    }
    if (out) this.write(out);
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.partial && this.flushMs > 0) {
      this.timer = setTimeout(() => this.flush(), this.flushMs);
      this.timer.unref?.();
    }
  }

  /** Write a pending partial line, ended with a line break. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    if (rest) this.write(this.sanitize(rest) + '\n');
  }

  /** `set-output ×2, stop-commands` for the warning. */
  describeBlocked(): string {
    return [...this.blocked].map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', ');
  }
}
