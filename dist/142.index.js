export const id = 142;
export const ids = [142];
export const modules = {

/***/ 7142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   unmatchedGlobs: () => (/* binding */ unmatchedGlobs)
/* harmony export */ });
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5648);
/* harmony import */ var fast_glob__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fast_glob__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(298);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scan_list_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9975);



/**
 * A pattern in `include` or `exclude` that matches no file is almost always a typo (a wrong folder name, an
 * extension without `*`), and it fails silently: report it with its line. The files are walked once, with the
 * scanner's own matcher, and the walk stops as soon as every pattern has matched something.
 */
async function unmatchedGlobs(loaded, root) {
    const pending = new Map();
    for (const list of ['include', 'exclude']) {
        loaded.config[list].forEach((pattern, index) => {
            if (pattern.startsWith('!'))
                return; // a negation alone matches nothing by design
            const entry = pending.get(pattern) ?? { matcher: ignore__WEBPACK_IMPORTED_MODULE_1___default()().add(pattern), where: [] };
            entry.where.push({ list, index });
            pending.set(pattern, entry);
        });
    }
    if (pending.size === 0)
        return [];
    const stream = fast_glob__WEBPACK_IMPORTED_MODULE_0___default().stream(['**/*'], { cwd: root, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: _scan_list_files_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_EXCLUDES */ .Wg, suppressErrors: true });
    for await (const entry of stream) {
        for (const [pattern, { matcher }] of pending)
            if (matcher.ignores(entry))
                pending.delete(pattern);
        if (pending.size === 0)
            break;
    }
    const issues = [];
    for (const [pattern, { where }] of pending) {
        for (const w of where) {
            issues.push({
                file: loaded.file ?? '(config)',
                ...loaded.locate([w.list, w.index]),
                key: `${w.list}[${w.index}]`,
                message: `'${pattern}' matches no file in the repository (patterns use .gitignore syntax: \`docs/\`, \`*.md\`, \`src/**/*.ts\`)`,
            });
        }
    }
    return issues;
}


/***/ })

};
