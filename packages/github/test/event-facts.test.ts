/**
 * The GitHub adapter turns the raw event into RunContext's typed facts (the issue, who closed it, the comment with
 * its body as delivered), on real webhook payloads from @octokit/webhooks-examples. Core reads only these facts.
 */
import { describe, test, expect } from '@jest/globals';
import { loadEvent } from '../../../test/harness/events.js';
import { eventFacts } from '../src/platform.js';

describe('eventFacts', () => {
  test('issue_comment created: the issue and the comment with its body and author', () => {
    const ev = loadEvent('issue_comment.created');
    const c = ev.payload.comment;
    expect(eventFacts(ev.name, ev.payload)).toEqual({
      issue: { number: ev.payload.issue.number, isPullRequest: Boolean(ev.payload.issue.pull_request), closedBy: undefined },
      comment: {
        id: c.id, action: 'created', author: c.user.login, authorIsBot: c.user.type === 'Bot', createdAt: c.created_at, url: c.html_url,
        body: c.body, previousBody: undefined,
      },
    });
  });

  test('an edit carries the body before the edit, not the new one; a deletion the deleted body', () => {
    const base = loadEvent('issue_comment.created');
    const edited = eventFacts('issue_comment', { ...base.payload, action: 'edited', comment: { ...base.payload.comment, body: 'approve' }, changes: { body: { from: 'deny' } } });
    expect(edited.comment).toMatchObject({ action: 'edited', body: undefined, previousBody: 'deny' });
    const deleted = eventFacts('issue_comment', { ...base.payload, action: 'deleted', comment: { ...base.payload.comment, body: 'deny' } });
    expect(deleted.comment).toMatchObject({ action: 'deleted', body: 'deny', previousBody: undefined });
  });

  test('a bot is known by its type or its [bot] login; a deleted user reads as ghost', () => {
    const base = loadEvent('issue_comment.created');
    const bot = eventFacts('issue_comment', { ...base.payload, comment: { ...base.payload.comment, user: { login: 'ci[bot]', type: 'User' } } });
    expect(bot.comment).toMatchObject({ author: 'ci[bot]', authorIsBot: true });
    const ghost = eventFacts('issue_comment', { ...base.payload, comment: { ...base.payload.comment, user: null } });
    expect(ghost.comment).toMatchObject({ author: 'ghost', authorIsBot: false });
  });

  test('issues closed: who closed it (the sender); no comment', () => {
    // The examples hold no `closed` delivery: the reopened one, as its closing twin (same shape, action and state).
    const ev = loadEvent('issues.reopened', { action: 'closed', issue: { state: 'closed' }, sender: { login: 'octocat' } });
    expect(eventFacts(ev.name, ev.payload)).toEqual({ issue: { number: ev.payload.issue.number, isPullRequest: false, closedBy: 'octocat' } });
    expect(eventFacts('issues', { ...ev.payload, action: 'reopened' }).issue?.closedBy).toBeUndefined();
    const opened = loadEvent('issues.opened');
    expect(eventFacts(opened.name, opened.payload).issue?.closedBy).toBeUndefined();
  });

  test('a comment on a pull request is marked as one', () => {
    const base = loadEvent('issue_comment.created');
    const onPr = eventFacts('issue_comment', { ...base.payload, issue: { ...base.payload.issue, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/2' } } });
    expect(onPr.issue?.isPullRequest).toBe(true);
  });

  test('other events, and malformed payloads, carry no issue or comment', () => {
    for (const name of ['push', 'pull_request', 'schedule', 'workflow_dispatch']) expect(eventFacts(name, loadEvent(name).payload)).toEqual({});
    const base = loadEvent('issue_comment.created');
    expect(eventFacts('issue_comment', { ...base.payload, issue: { number: '7' } })).toEqual({});
    expect(eventFacts('issue_comment', { ...base.payload, comment: { ...base.payload.comment, id: 'x' } }).comment).toBeUndefined();
    expect(eventFacts('issue_comment', { ...base.payload, action: 'pinned' }).comment).toBeUndefined();
    expect(eventFacts('issues', {})).toEqual({});
  });
});
