/** ArtifactStore over @actions/artifact (imported on first use, like the cache). */
import type { ArtifactStore } from '@mlci/core';

/**
 * Why this job has no artifact store, or undefined when it has one. @actions/artifact (v2+) talks to the Actions
 * results service: it needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives the steps of a
 * job (not a shell, a container step's own processes or a local run), and it does not work on GitHub Enterprise
 * Server.
 */
export function artifactStoreUnavailable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  if (missing.length) return `no artifact store in this job: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
  let host = 'github.com';
  try {
    host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  } catch {
    // A malformed server URL: leave it to the toolkit.
  }
  if (host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost')) {
    return `no artifact store: GitHub Enterprise Server (${host}) does not support the artifact service @actions/artifact v2 uses`;
  }
  return undefined;
}

/**
 * Run `fn` with the toolkit's own log lines (`Artifact name is valid!`, upload progress, its warning on a failed
 * upload) turned into debug lines: the caller writes the one line that matters (uploaded, or why not).
 */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout;
  const write = out.write;
  let pending = '';
  const emit = (line: string) => {
    if (!line) return;
    const data = line.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    write.call(out, `::debug::${data}\n`);
  };
  out.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const l of lines) emit(l.replace(/\r$/, ''));
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof out.write;
  try {
    return await fn();
  } finally {
    out.write = write;
    emit(pending);
  }
}

export function createArtifactStore(env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  return {
    async upload(name, files, rootDirectory, retentionDays) {
      // Off the runner the toolkit would log and then throw; say why in one line instead, without loading it.
      const unavailable = artifactStoreUnavailable(env);
      if (unavailable) throw new Error(unavailable);
      return quietly(async () => {
        const { DefaultArtifactClient } = await import('@actions/artifact');
        const client = new DefaultArtifactClient();
        const res = await client.uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
        return { id: res.id, size: res.size };
      });
    },
  };
}
