import { describe, expect, test } from '@jest/globals';
import { deepMerge, forkPullRequestEvent, loadEvent } from '../harness/events.js';

describe('loadEvent', () => {
  test.each([
    ['pull_request', (p: any) => p.action === 'opened' && typeof p.pull_request.head.sha === 'string'],
    ['push', (p: any) => p.ref.startsWith('refs/heads/') && p.commits.length > 0 && typeof p.after === 'string'],
    ['workflow_dispatch', (p: any) => typeof p.ref === 'string' && typeof p.inputs === 'object'],
    ['issue_comment', (p: any) => p.action === 'created' && typeof p.comment.body === 'string' && typeof p.issue.number === 'number'],
    ['schedule', (p: any) => p.schedule === '0 3 * * *' && p.repository.full_name === 'Codertocat/Hello-World'],
  ])('%s is a real payload with the fields actions read', (name, ok) => {
    const e = loadEvent(name);
    expect(e.name).toBe(name);
    expect(ok(e.payload)).toBe(true);
    expect(e.payload.repository.full_name).toBeTruthy();
  });

  test('name.action picks a specific example; an unknown action lists the available ones', () => {
    expect(loadEvent('pull_request.synchronize').payload.action).toBe('synchronize');
    expect(() => loadEvent('pull_request.nope')).toThrow(/available: .*opened/);
    expect(() => loadEvent('no_such_event')).toThrow(/has no "no_such_event" payloads/);
  });

  test('overrides merge deeply; copies are independent', () => {
    const a = loadEvent('pull_request', { number: 9, pull_request: { number: 9, head: { sha: 'f'.repeat(40) } } });
    expect(a.payload.pull_request).toMatchObject({ number: 9, head: { sha: 'f'.repeat(40), ref: 'changes' } });
    a.payload.pull_request.title = 'mutated';
    expect(loadEvent('pull_request').payload.pull_request.title).not.toBe('mutated');
    expect(deepMerge({ a: [1, 2], b: { c: 1 } }, { a: [3], b: { d: 2 } })).toEqual({ a: [3], b: { c: 1, d: 2 } });
  });

  test('a fork pull request has a head repository other than the base', () => {
    const pr = forkPullRequestEvent().payload.pull_request;
    expect(pr.head.repo.full_name).toBe('contributor/Hello-World');
    expect(pr.base.repo.full_name).toBe('Codertocat/Hello-World');
    expect(pr.head.repo.fork).toBe(true);
  });
});
