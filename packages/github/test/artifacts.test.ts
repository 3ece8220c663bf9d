import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadReportArtifact } from '@mlci/core/report/publish';
import type { Platform } from '@mlci/core';
import { artifactStoreUnavailable, createArtifactStore, quietly } from '../src/artifacts.js';

/**
 * The artifact store off the runner says why in one line and never loads the toolkit; on the runner the toolkit's
 * own log lines ("Artifact name is valid!", its failure warning) are debug lines, not the step's output.
 */
let spy: ReturnType<typeof jest.spyOn> | undefined;
afterEach(() => {
  spy?.mockRestore();
  spy = undefined;
});

function captureStdout(): () => string {
  let out = '';
  spy = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write);
  return () => out;
}

function file(): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-artifact-'));
  const path = join(dir, 'report.html');
  writeFileSync(path, '<!DOCTYPE html>');
  return { dir, path };
}

describe('artifact store', () => {
  test('no runtime token or results URL: one clear reason, nothing from the toolkit', async () => {
    expect(artifactStoreUnavailable({})).toBe('no artifact store in this job: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set');
    expect(artifactStoreUnavailable({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe('no artifact store in this job: ACTIONS_RESULTS_URL is not set');
    expect(artifactStoreUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results', GITHUB_SERVER_URL: 'https://git.example.com' })).toMatch(/GitHub Enterprise Server \(git\.example\.com\)/);
    expect(artifactStoreUnavailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'https://results', GITHUB_SERVER_URL: 'https://octo.ghe.com' })).toBeUndefined();

    const { path } = file();
    const out = captureStdout();
    const logs: string[] = [];
    const p = { artifacts: createArtifactStore({}), info: (m: string) => logs.push(m), debug: (m: string) => logs.push(`debug: ${m}`) } as unknown as Platform;
    expect(await uploadReportArtifact(p, 'detect-data-change-report', path)).toEqual({ uploaded: false });
    expect(logs).toEqual([`The HTML report was not uploaded as artifact 'detect-data-change-report' (no artifact store in this job: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set); it is at ${path}.`]);
    expect(out()).toBe('');
  });

  test('with a store, the toolkit logs only debug lines (here its upload fails on a token that is not a JWT)', async () => {
    const { dir, path } = file();
    const store = createArtifactStore({ ACTIONS_RUNTIME_TOKEN: 'not-a-jwt', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9', GITHUB_SERVER_URL: 'https://github.com' });
    const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL };
    // The toolkit reads the environment itself.
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-a-jwt';
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9';
    const out = captureStdout();
    try {
      await expect(store.upload('r', [path], dir)).rejects.toThrow(/JWT|token/i);
    } finally {
      if (saved.token === undefined) delete process.env.ACTIONS_RUNTIME_TOKEN;
      else process.env.ACTIONS_RUNTIME_TOKEN = saved.token;
      if (saved.url === undefined) delete process.env.ACTIONS_RESULTS_URL;
      else process.env.ACTIONS_RESULTS_URL = saved.url;
    }
    const lines = out().split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => !l.startsWith('::debug::'))).toEqual([]);
    expect(lines.some((l) => l.includes('Artifact name is valid!'))).toBe(true);
  });

  test('quietly: every line, partial ones too, becomes one escaped debug line; stdout is restored after a throw', async () => {
    const out = captureStdout();
    const before = process.stdout.write;
    await expect(quietly(async () => {
      process.stdout.write('one\n');
      process.stdout.write('::warning::two 100%\nthr');
      process.stdout.write('ee');
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(before);
    expect(out()).toBe('::debug::one\n::debug::::warning::two 100%25\n::debug::three\n');
  });
});
