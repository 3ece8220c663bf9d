export const id = 164;
export const ids = [164,495];
export const modules = {

/***/ 24164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubApprovalTracker: () => (/* binding */ createGitHubApprovalTracker)
/* harmony export */ });
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54845);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57194);
/* harmony import */ var _octokit_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29495);
/**
 * The approval port (packages/core/src/approval/port.ts) on GitHub's REST API: issues and issue comments (which
 * also cover pull-request conversations), team members, collaborator permissions, workflow runs, workflow_dispatch
 * and repository_dispatch. Lists are read across every page (`per_page: 100`). Failures that a user can fix
 * (a missing `permissions:` entry, a token that cannot read teams, a follow-up workflow without the right
 * trigger) become one UserError naming the fix; server errors and rate limits keep Octokit's status so the wait
 * loop retries them at the next poll.
 */



function toThread(i) {
    return {
        number: i.number,
        url: i.html_url,
        title: i.title ?? '',
        body: i.body ?? '',
        author: i.user?.login ?? 'ghost',
        state: i.state === 'closed' ? 'closed' : 'open',
        createdAt: i.created_at,
        closedAt: i.closed_at ?? undefined,
        closedBy: i.closed_by?.login ?? undefined,
        isPullRequest: Boolean(i.pull_request),
        labels: (i.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)).filter(Boolean),
    };
}
function toComment(c) {
    const login = c.user?.login ?? 'ghost';
    return {
        id: Number(c.id),
        author: login,
        authorIsBot: c.user?.type === 'Bot' || login.endsWith('[bot]'),
        body: c.body ?? '',
        createdAt: c.created_at,
        updatedAt: c.updated_at ?? c.created_at,
        url: c.html_url,
    };
}
const PERMISSIONS = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
/** Turn a 403 "Resource not accessible by integration" into the `permissions:` entry that fixes it. */
async function needs(what, permission, call) {
    try {
        return await call();
    }
    catch (e) {
        if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .isPermissionDenied */ .T1)(e)) {
            throw new _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not ${what} (${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(e)}): give the job \`permissions:\` \`${permission}\`, or pass a github-token that has it.`);
        }
        throw e;
    }
}
function createGitHubApprovalTracker(o) {
    const tuning = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .tuningFromEnv */ .N$)();
    const gh = o.client ?? (0,_octokit_client_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)(o.token, o.apiUrl, o.log, tuning);
    const teamGh = o.teamClient ?? (o.teamToken && o.teamToken !== o.token ? (0,_octokit_client_js__WEBPACK_IMPORTED_MODULE_1__.createOctokit)(o.teamToken, o.apiUrl, o.log, tuning) : gh);
    const repo = { owner: o.owner, repo: o.repo };
    let budget;
    // The budget the last response reported, for pacing the wait loop (x-ratelimit-* on every REST answer).
    gh.hook.after('request', (response) => {
        const h = response?.headers ?? {};
        const remaining = Number(h['x-ratelimit-remaining']);
        const limit = Number(h['x-ratelimit-limit']);
        const reset = Number(h['x-ratelimit-reset']);
        if (Number.isFinite(remaining) && Number.isFinite(limit) && Number.isFinite(reset))
            budget = { remaining, limit, resetAt: reset * 1000 };
    });
    return {
        openIssue: (req) => needs('open the approval issue', 'issues: write', async () => toThread((await gh.rest.issues.create({ ...repo, title: req.title, body: req.body, labels: req.labels })).data)),
        getThread: async (number) => toThread((await gh.rest.issues.get({ ...repo, issue_number: number })).data),
        listComments: async (number) => {
            const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: number, per_page: 100 });
            return all.map(toComment);
        },
        addComment: (number, body) => needs(`comment on #${number}`, 'issues: write', async () => toComment((await gh.rest.issues.createComment({ ...repo, issue_number: number, body })).data)),
        updateComment: (id, body) => needs('update the approval comment', 'issues: write', async () => {
            await gh.rest.issues.updateComment({ ...repo, comment_id: id, body });
        }),
        deleteComment: (id) => needs('delete a duplicate decision comment', 'issues: write', async () => {
            try {
                await gh.rest.issues.deleteComment({ ...repo, comment_id: id });
            }
            catch (e) {
                if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(e) !== 404)
                    throw e; // already gone
            }
        }),
        closeIssue: (number, reason) => needs(`close #${number}`, 'issues: write', async () => {
            await gh.rest.issues.update({ ...repo, issue_number: number, state: 'closed', state_reason: reason });
        }),
        reopenIssue: (number) => needs(`reopen #${number}`, 'issues: write', async () => {
            await gh.rest.issues.update({ ...repo, issue_number: number, state: 'open' });
        }),
        // GET /repos/{owner}/{repo}/issues/{issue_number}/events: who closed or reopened, and when. GitHub keeps these
        // events; the issue itself only shows its current state.
        listEvents: async (number) => {
            const all = await gh.paginate(gh.rest.issues.listEvents, { ...repo, issue_number: number, per_page: 100 });
            return all
                .filter((e) => e.event === 'closed' || e.event === 'reopened')
                .map((e) => {
                const login = e.actor?.login ?? 'ghost';
                return {
                    id: Number(e.id), kind: e.event, actor: login, actorIsBot: e.actor?.type === 'Bot' || login.endsWith('[bot]'),
                    at: e.created_at, stateReason: e.state_reason ?? undefined,
                };
            })
                .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
        },
        listOpenThreads: async (label) => {
            const all = await gh.paginate(gh.rest.issues.listForRepo, { ...repo, state: 'open', labels: label, per_page: 100 });
            return all.map(toThread).filter((t) => !t.isPullRequest);
        },
        teamMembers: async (org, slug) => {
            try {
                const all = await teamGh.paginate(teamGh.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
                return all.map((u) => u.login);
            }
            catch (e) {
                const status = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(e);
                if (status === 401 || status === 403 || status === 404) {
                    throw new _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not read the members of team @${org}/${slug} (${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(e)}). Either the team does not exist, or the token cannot ` +
                        'read organization teams: GITHUB_TOKEN never can. Pass `team-token:` with a GitHub App installation token that has the ' +
                        'organization permission "Members: read", or a personal access token with the `read:org` scope (fine-grained: Members: read).');
                }
                throw e;
            }
        },
        permission: async (login) => {
            try {
                const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
                // role_name keeps maintain and triage, which `permission` folds into write and read.
                const role = data.role_name ?? data.permission;
                return (PERMISSIONS.includes(role) ? role : data.permission);
            }
            catch (e) {
                // 404: not a user, or not a collaborator of a private repository.
                if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(e) === 404)
                    return 'none';
                throw e;
            }
        },
        // GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}: that attempt's own start
        // (`run_started_at`) and last update, which a later re-run does not move.
        getRunAttempt: async (runId, attempt) => {
            try {
                const { data: r } = await needs('read the requesting workflow run', 'actions: read', () => gh.rest.actions.getWorkflowRunAttempt({ ...repo, run_id: runId, attempt_number: attempt }));
                return {
                    id: r.id,
                    attempt: r.run_attempt ?? attempt,
                    headSha: r.head_sha,
                    headBranch: r.head_branch ?? undefined,
                    path: r.path,
                    event: r.event,
                    actor: r.actor?.login,
                    triggeringActor: r.triggering_actor?.login,
                    startedAt: r.run_started_at ?? r.created_at,
                    updatedAt: r.updated_at,
                    status: r.status ?? undefined,
                };
            }
            catch (e) {
                if ((0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(e) === 404)
                    return undefined;
                throw e;
            }
        },
        dispatchWorkflow: async (workflow, ref, inputs) => {
            try {
                await needs(`dispatch ${workflow}`, 'actions: write', () => gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: workflow, ref, inputs }));
            }
            catch (e) {
                const status = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(e);
                if (status === 404 || status === 422) {
                    throw new _mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not dispatch '${workflow}' on '${ref}' (${(0,_octokit_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(e)}): the workflow file must exist on that ref, have an ` +
                        '`on: workflow_dispatch` trigger and declare the inputs model-version, commit-sha and run-id.');
                }
                throw e;
            }
        },
        repositoryDispatch: (eventType, payload) => needs(`send the repository_dispatch event ${eventType}`, 'contents: write', async () => {
            await gh.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: payload });
        }),
        rateBudget: () => budget,
    };
}


/***/ }),

/***/ 29495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ../../packages/github/src/octokit-client.ts
/** The Octokit client (see octokit.ts); a separate module so that it is loaded only when the API is called. */



/** A limiter shaped like a Bottleneck.Group that never waits (plugin-throttling only calls key().schedule()). */
const immediateGroup = {
    key: () => ({
        schedule: (...args) => {
            const i = typeof args[0] === 'function' ? 0 : 1;
            return Promise.resolve(args[i](...args.slice(i + 1)));
        },
    }),
};
function createOctokit(token, baseUrl, log, tuning = {}) {
    const rateLimitRetries = tuning.rateLimitRetries ?? 3;
    const maxWait = tuning.maxRetryAfterSeconds ?? 120;
    const onLimit = (kind) => (retryAfter, options, _octokit, retryCount) => {
        const what = `${options.method} ${options.url}`;
        if (retryCount >= rateLimitRetries) {
            log.info(`GitHub ${kind} rate limit on ${what}: giving up after ${retryCount} retries`);
            return false;
        }
        if (retryAfter > maxWait) {
            log.info(`GitHub ${kind} rate limit on ${what}: retry-after ${retryAfter}s is longer than ${maxWait}s; not waiting`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${what}: retrying after ${retryAfter}s (retry ${retryCount + 1}/${rateLimitRetries})`);
        return true;
    };
    const throttle = {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
    };
    if (tuning.writeIntervalMs === 0) {
        throttle.write = immediateGroup;
        throttle.notifications = immediateGroup;
    }
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl,
        userAgent: 'mlci',
        log: { debug: log.debug, info: log.debug, warn: log.info, error: log.info },
        throttle,
        retry: {
            // 403 (read-only token, secondary limit) and 429 belong to the throttling plugin or are final.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
            retries: tuning.retries ?? 3,
            retryAfterBaseValue: tuning.retryBaseMs ?? 1000,
        },
    }, dist_bundle/* retry */.L, throttling);
}


/***/ })

};
