export const id = 732;
export const ids = [732];
export const modules = {

/***/ 22732:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveWorker: () => (/* binding */ serveWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The worker side of mlci's thread pools: the action's entry script calls serveWorker() in a thread started as an mlci
 * worker (workers/entry.ts). Each task's module is loaded in the worker only.
 */

/** Serve the task this worker was started for, until the parent terminates it. */
async function serveWorker() {
    const task = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData.mlciWorker;
    if (task === 'profile') {
        const { serveProfiles } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(315), __webpack_require__.e(815), __webpack_require__.e(58), __webpack_require__.e(310)]).then(__webpack_require__.bind(__webpack_require__, 37310));
        serveProfiles();
        return;
    }
    if (task === 'validate') {
        const { serveValidate } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(815), __webpack_require__.e(58), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 91306));
        serveValidate();
        return;
    }
    if (task === 'gate') {
        const { serveGate } = await Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(483), __webpack_require__.e(181), __webpack_require__.e(81), __webpack_require__.e(292)]).then(__webpack_require__.bind(__webpack_require__, 43081));
        serveGate(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
        return;
    }
    if (task === 'read') {
        const { serveRead } = await Promise.all(/* import() */[__webpack_require__.e(315), __webpack_require__.e(815), __webpack_require__.e(347)]).then(__webpack_require__.bind(__webpack_require__, 21613));
        await serveRead(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
        // Load the gate engine now, while the parent joins the tables: this reader is about to judge slices.
        const gate = Promise.all(/* import() */[__webpack_require__.e(143), __webpack_require__.e(483), __webpack_require__.e(181), __webpack_require__.e(81), __webpack_require__.e(292)]).then(__webpack_require__.bind(__webpack_require__, 43081));
        gate.catch(() => { }); // a load error surfaces when it is used
        // Parked by the parent (entry.ts): its first message makes it a gate worker (BecomeGate), then jobs follow. The
        // jobs that arrive while the gate module loads are handled in order: each waits on the same promise.
        let handler;
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (m) => {
            if (!handler) {
                const { init } = m;
                handler = gate.then(({ gateJobHandler }) => gateJobHandler(init));
            }
            else {
                void handler.then((handle) => handle(m));
            }
        });
        return;
    }
    throw new Error(`unknown mlci worker task ${JSON.stringify(task)}`);
}


/***/ })

};
