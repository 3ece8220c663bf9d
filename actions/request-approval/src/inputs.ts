import { booleanInput, durationInput, enumInput, intInput, listInput, stringInput, type InputSpecs } from '@mlci/core';
import { DEFAULT_APPROVE_WORDS, DEFAULT_DENY_WORDS } from '@mlci/core/approval/index';

/** Input names are a contract (issue #6); action.yml declares the same names and defaults (checked by a test). */
export const inputs = {
  mode: { schema: enumInput(['wait', 'request', 'resolve'] as const), default: 'wait', description: 'wait: ask and poll until decided (holds the runner). request: open the approval issue and end the job. resolve: on issue_comment / issues / schedule events, apply the rules and, when decided, close the issue and dispatch the follow-up.' },
  approvers: { schema: listInput, description: 'Who may approve: logins and teams, comma- or newline-separated, e.g. `alice, @acme/ml-leads`. Required in every mode. On resolve it pins the rule: a request that recorded other approvers is refused.' },
  'minimum-approvals': { schema: intInput({ min: 1, max: 100 }), default: '1', description: 'Distinct approvals needed. On resolve it pins the rule, like every rule input: a request that recorded another value is refused.' },
  'exclude-initiator': { schema: booleanInput, default: 'true', description: 'Whoever triggered (or re-ran) the run cannot approve it.' },
  'approve-words': { schema: listInput, default: DEFAULT_APPROVE_WORDS.join(', '), description: 'Comments that approve: the whole comment, case-insensitive, trailing . or ! allowed.' },
  'deny-words': { schema: listInput, default: DEFAULT_DENY_WORDS.join(', '), description: 'Comments that deny. One denial by an approver denies.' },
  'close-means-deny': { schema: booleanInput, default: 'true', description: 'Closing the approval issue (or the pull request) denies.' },
  timeout: { schema: durationInput, default: '6h', description: 'How long the request stays open (e.g. 90m, 6h, 3d). A time-out is a denial. On resolve: must equal the request step\'s.' },
  'poll-interval': { schema: durationInput, default: '15s', description: 'mode: wait: time between polls (slower when the rate budget runs low).' },
  report: { schema: stringInput, description: 'Gate report to show approvers: a markdown or JSON file written by an earlier step (e.g. evaluate-gate).' },
  'model-version': { schema: stringInput, description: 'What will ship (a registry version, tag or artifact name; one line, at most 256 characters); passed to the follow-up as model-version.' },
  title: { schema: stringInput, description: 'Title of the approval issue. Default: "Approve <model-version>".' },
  labels: { schema: listInput, default: 'mlci-approval', description: 'Labels of the approval issue; resolve sweeps open issues with the first one (schedule events).' },
  'on-approve-workflow': { schema: stringInput, description: 'Workflow file (e.g. promote.yml) to start with workflow_dispatch when approved, with inputs model-version, commit-sha and run-id. On resolve (optional): pins the follow-up, with on-approve-ref.' },
  'on-approve-ref': { schema: stringInput, description: 'Branch or tag to run on-approve-workflow from. Default: the requesting run\'s branch, else the default branch.' },
  'repository-dispatch-event': { schema: stringInput, description: 'Instead of on-approve-workflow: send this repository_dispatch event_type when approved (client_payload: model_version, commit_sha, run_id, issue_number, approved_by).' },
  'fail-on-denial': { schema: booleanInput, default: 'true', description: 'mode: wait: fail the step when the request is denied or times out (outputs are set first).' },
  'request-author': { schema: listInput, default: 'github-actions[bot]', description: 'mode: resolve: the identity that opens requests (the login behind the request job\'s github-token). Issues opened by anyone else are never trusted.' },
  'github-token': { schema: stringInput, default: '${{ github.token }}', description: 'Token for issues, comments, permissions and dispatch (issues: write; actions: read; actions: write or contents: write to dispatch).' },
  'team-token': { schema: stringInput, description: 'Token used only to read team members for @org/team approvers: a GitHub App token with Members: read or a PAT with read:org. GITHUB_TOKEN cannot read teams.' },
} satisfies InputSpecs;
