export const id = 132;
export const ids = [132];
export const modules = {

/***/ 85261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Lb: () => (/* binding */ issueCommand),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export escapeData */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The runner's workflow commands (`::warning file=…::msg` on stdout) and file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV), written exactly as @actions/core 3.0.1 writes them (lib/core.js, command.js, file-command.js, utils.js),
 * for the functions mlci uses.
 *
 * Why not import @actions/core: its entry module statically imports @actions/http-client and so undici, for OIDC
 * tokens that mlci never requests. Evaluating that bundled undici costs ~0.1 s on every run of every action, a fifth
 * of detect-data-change's 0.5 s budget for re-checking 10,000 unchanged files. Nothing else from the toolkit is
 * loaded before it is needed (Octokit, cache and artifact clients come in their own chunks). test/commands.test.ts
 * runs these and @actions/core side by side and asserts the same bytes on stdout and in every command file.
 */



/** @actions/core utils.toCommandValue. */
function toCommandValue(input) {
    if (input === null || input === undefined)
        return '';
    if (typeof input === 'string' || input instanceof String)
        return String(input);
    return JSON.stringify(input);
}
function escapeData(s) {
    return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One `::command k=v,…::message` line; empty property values are left out, as the toolkit does. */
function issueCommand(command, properties, message) {
    let line = `::${command || 'missing.command'}`;
    const props = Object.entries(properties).filter(([, v]) => v);
    if (props.length)
        line += ' ' + props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    process.stdout.write(`${line}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(filePath))
        throw new Error(`Missing file at path: ${filePath}`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(filePath, `${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}
/** `name<<ghadelimiter_<uuid>` heredoc, refusing a key or value that contains the delimiter. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    const v = toCommandValue(value);
    if (key.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (v.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${v}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}`;
}
/** A file command when the runner gave its file, else the legacy stdout command. */
function keyValue(file, legacy, name, value) {
    if (process.env[`GITHUB_${file}`])
        issueFileCommand(file, keyValueMessage(name, value));
    else {
        if (file === 'OUTPUT')
            process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issueCommand(legacy, { name }, toCommandValue(value));
    }
}
function getInput(name, env = process.env) {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
const setOutput = (name, value) => keyValue('OUTPUT', 'set-output', name, value);
const saveState = (name, value) => keyValue('STATE', 'save-state', name, value);
const getState = (name) => process.env[`STATE_${name}`] || '';
function exportVariable(name, value) {
    process.env[name] = toCommandValue(value);
    keyValue('ENV', 'set-env', name, value);
}
const setSecret = (secret) => issueCommand('add-mask', {}, secret);
const info = (message) => void process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
const debug = (message) => issueCommand('debug', {}, message);
const startGroup = (name) => issueCommand('group', {}, name);
const endGroup = () => issueCommand('endgroup', {}, '');
function annotation(kind, message, p = {}) {
    const props = Object.keys(p).length
        ? { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
        : {};
    issueCommand(kind, props, message instanceof Error ? message.toString() : message);
}
const error = (message, p) => annotation('error', message, p);
const warning = (message, p) => annotation('warning', message, p);
const notice = (message, p) => annotation('notice', message, p);
function setFailed(message, p) {
    process.exitCode = 1;
    error(message, p);
}


/***/ }),

/***/ 49132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inputsAreValid: () => (/* binding */ inputsAreValid)
/* harmony export */ });
/* harmony import */ var _mlci_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14712);
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85261);


/**
 * Validate an action's inputs before the toolkit and the engine are loaded. A typo in an input then fails in a few
 * tens of milliseconds (issue #2: under 300 ms), instead of after evaluating ~1 MB of Octokit, undici and engine
 * code. It reads inputs and writes the `::error::` command with commands.ts, which writes what @actions/core writes.
 * Deliberately imports nothing heavy: keep it that way (the entry bundle holds only this, zod and the input specs).
 */
function inputsAreValid(action, specs, env = process.env) {
    try {
        (0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .parseInputs */ .TL)(specs, (name) => (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4)(name, env));
        return true;
    }
    catch (e) {
        if (!(0,_mlci_core__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .iU)(e))
            throw e;
        (0,_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .issueCommand */ .Lb)('error', {}, `${action} failed: ${e.message}`);
        process.exitCode = 1;
        return false;
    }
}


/***/ })

};
