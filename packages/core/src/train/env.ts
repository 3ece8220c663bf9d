/**
 * The training's environment holds what a `run:` step's would, not what only actions get.
 *
 * For a JavaScript action the runner adds, on top of what every step gets (actions/runner
 * src/Runner.Worker/Handlers/NodeScriptActionHandler.cs): the inputs as INPUT_*, ACTIONS_RUNTIME_URL,
 * ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_URL, ACTIONS_RESULTS_URL, ACTIONS_CACHE_SERVICE_V2, ACTIONS_CACHE_MODE and
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN; post steps get their saved state as STATE_* (ActionRunner.cs). A `run:` step
 * gets none of the runtime ones (ScriptHandler.cs): with them any training dependency could write the Actions cache
 * or upload artifacts in the job's name (cache poisoning).
 *
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are the one exception: ScriptHandler.cs gives them to `run:` steps too, when the
 * workflow grants `id-token: write`. They are dropped anyway: a training that needs cloud credentials should get them
 * from an earlier step (e.g. aws-actions/configure-aws-credentials), so that no library inside it can mint OIDC tokens.
 *
 * The rule is allow-list minded: every ACTIONS_* variable is dropped except those a `run:` step also sees
 * (ACTIONS_ORCHESTRATION_ID, the debug switches, and the runner host's own ACTIONS_RUNNER_* settings), so a runtime
 * variable a future runner adds for actions is dropped without a change here.
 */
const RUN_STEP_ACTIONS_VARS = new Set(['ACTIONS_ORCHESTRATION_ID', 'ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);

/** Whether a variable of the action's environment is withheld from the training. */
export function isActionOnlyVariable(name: string): boolean {
  if (name.startsWith('INPUT_') || name.startsWith('STATE_')) return true;
  if (name.startsWith('ACTIONS_')) return !RUN_STEP_ACTIONS_VARS.has(name) && !name.startsWith('ACTIONS_RUNNER_');
  return false;
}

/** The action's environment without what only actions get. */
export function runStepEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!isActionOnlyVariable(k)) env[k] = v;
  return env;
}
