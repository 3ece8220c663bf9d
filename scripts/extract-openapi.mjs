#!/usr/bin/env node
// Extract the part of GitHub's official REST description that mlci talks to, for the fake GitHub server in
// test/harness/fake-github.ts. The full description (@octokit/openapi, generated/api.github.com.json) is 13 MB
// inside a 385 MB package, so we commit a subset: the operations below, plus every `#/components/...` they
// reference, followed transitively. Response examples are kept: the fake server answers with them.
//
// Usage (install the package OUTSIDE this repository, it is too big for our lockfile):
//   mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install @octokit/openapi
//   node scripts/extract-openapi.mjs /tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json
// To support a new endpoint: add its operationId here, rerun, commit test/fixtures/openapi/github-subset.json,
// and add a handler in test/harness/fake-github.ts.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** operationIds mlci's actions and the GitHub platform use (sorted by area). */
export const OPERATIONS = [
  'actions/create-workflow-dispatch',
  'actions/get-workflow-run',
  'actions/get-workflow-run-attempt',
  'apps/get-authenticated',
  'checks/create',
  'checks/get',
  'checks/update',
  'issues/create',
  'issues/create-comment',
  'issues/delete-comment',
  'issues/get',
  'issues/get-comment',
  'issues/list-comments',
  'issues/list-events',
  'issues/list-for-repo',
  'issues/update',
  'issues/update-comment',
  'pulls/get',
  'pulls/list-files',
  'rate-limit/get',
  'repos/compare-commits-with-basehead',
  'repos/create-commit-status',
  'repos/create-dispatch-event',
  'repos/get',
  'repos/get-collaborator-permission-level',
  'repos/list-pull-requests-associated-with-commit',
  'teams/get-membership-for-user-in-org',
  'teams/list-members-in-org',
  'users/get-authenticated',
  // detect-data-change `baseline: git`: the record as a blob under refs/mlci/detect/<name>/<branch> (Git Database
  // API), and the workflow's run history that says whether a record was expected when the cache misses.
  'actions/list-workflow-runs',
  'git/create-blob',
  'git/create-commit',
  'git/create-ref',
  'git/create-tree',
  'git/get-blob',
  'git/get-commit',
  'git/get-ref',
  'git/get-tree',
  'git/update-ref',
];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test', 'fixtures', 'openapi', 'github-subset.json');

function findSource() {
  const arg = process.argv[2];
  const candidates = [
    arg,
    '/tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json',
    join(root, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json'),
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(
      `extract-openapi: GitHub's description not found (looked in: ${candidates.join(', ')}).\n` +
        'Install it outside the repository: mkdir -p /tmp/oa && cd /tmp/oa && npm init -y && npm install @octokit/openapi',
    );
    process.exit(2);
  }
  return found;
}

/** Resolve a local JSON pointer such as `#/components/schemas/issue`. */
function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`extract-openapi: only local $refs are supported, got ${ref}`);
  let node = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
    if (node === undefined) throw new Error(`extract-openapi: dangling $ref ${ref}`);
  }
  return node;
}

/** Collect every `$ref` string below `node`. */
function collectRefs(node, acc) {
  if (Array.isArray(node)) {
    for (const v of node) collectRefs(v, acc);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') acc.add(v);
      else collectRefs(v, acc);
    }
  }
}

function main() {
  const source = findSource();
  const doc = JSON.parse(readFileSync(source, 'utf8'));
  let pkgVersion = 'unknown';
  try {
    pkgVersion = JSON.parse(readFileSync(join(dirname(source), '..', 'package.json'), 'utf8')).version;
  } catch {
    // the version is informative only
  }

  const wanted = new Set(OPERATIONS);
  const paths = {};
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const m of METHODS) {
      const op = item[m];
      if (!op || !wanted.has(op.operationId)) continue;
      paths[template] ??= item.parameters ? { parameters: item.parameters } : {};
      paths[template][m] = op;
      wanted.delete(op.operationId);
    }
  }
  if (wanted.size) {
    console.error(`extract-openapi: operations not in the description: ${[...wanted].join(', ')}`);
    process.exit(1);
  }

  // Follow $refs transitively; keep components in the description's own order so the output is stable.
  const seen = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size) {
    const [ref] = queue;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const next = new Set();
    collectRefs(resolvePointer(doc, ref), next);
    for (const r of next) if (!seen.has(r)) queue.add(r);
  }
  const components = {};
  for (const [section, entries] of Object.entries(doc.components)) {
    for (const [name, value] of Object.entries(entries)) {
      const ref = `#/components/${section}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (!seen.has(ref)) continue;
      (components[section] ??= {})[name] = value;
    }
  }

  const subset = {
    openapi: doc.openapi,
    info: {
      ...doc.info,
      'x-mlci-source': `@octokit/openapi@${pkgVersion} generated/api.github.com.json`,
      'x-mlci-extracted-by': 'scripts/extract-openapi.mjs',
    },
    paths,
    components,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(subset, null, 1) + '\n');
  const n = Object.values(paths).reduce((s, item) => s + METHODS.filter((m) => item[m]).length, 0);
  console.log(`extract-openapi: ${n} operations, ${seen.size} components -> ${out}`);
}

main();
