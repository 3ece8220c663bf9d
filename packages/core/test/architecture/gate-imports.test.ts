import { describe, test, expect } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Structure checks of the gate engine, read from the sources (no plugin needed): gate/ has no import cycle (the module
 * graph of core, walked from gate/, is acyclic), and every name stats/ exports is used by some module outside stats/
 * tests — a statistics function that nothing calls is a second, untested path waiting to happen.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Relative imports and re-exports of a module, resolved to .ts paths (type-only imports included: a cycle is a cycle). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    const spec = m[1] ?? m[2];
    out.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return out;
}

describe('core structure', () => {
  test('gate/ has no import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...stack.slice(stack.indexOf(f)), f].map((p) => relative(src, p)).join(' → '));
        return;
      }
      state.set(f, 'open');
      stack.push(f);
      for (const g of importsOf(f)) visit(g);
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of files(join(src, 'gate'))) visit(f);
    expect(cycles).toEqual([]);
  });

  test('the walker sees a cycle when there is one', () => {
    // Guard against a regex that silently matches nothing: gate/index.ts imports its modules.
    expect(importsOf(join(src, 'gate', 'index.ts')).map((p) => relative(src, p))).toContain(join('gate', 'evaluate.ts'));
  });

  test('every export of stats/ is used outside stats/', () => {
    const index = readFileSync(join(src, 'stats', 'index.ts'), 'utf8');
    // Values only: an exported type is the signature of a used function (Alternative, DelongTestResult).
    const names = [...index.matchAll(/export\s+\{([^}]+)\}/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()).filter((s) => s && !s.startsWith('type ')));
    expect(names.length).toBeGreaterThan(8);
    const users = files(src).filter((f) => !f.startsWith(join(src, 'stats')));
    const text = users.map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = names.filter((n) => !new RegExp(`\\b${n}\\b`).test(text));
    expect(unused).toEqual([]);
    // And every exported function of a stats/ file is re-exported by the index or used inside stats/.
    const statsFiles = files(join(src, 'stats'));
    const statsText = statsFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    const dead: string[] = [];
    for (const f of statsFiles) {
      for (const m of readFileSync(f, 'utf8').matchAll(/export (?:function|const|class) (\w+)/g)) {
        const n = m[1];
        const uses = statsText.match(new RegExp(`\\b${n}\\b`, 'g'))?.length ?? 0;
        if (!names.includes(n) && uses < 2) dead.push(`${relative(src, f)}: ${n}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
