export const id = 90;
export const ids = [90];
export const modules = {

/***/ 5090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   listCompareFiles: () => (/* binding */ listCompareFiles),
/* harmony export */   listPullFiles: () => (/* binding */ listPullFiles),
/* harmony export */   restDiffSource: () => (/* binding */ restDiffSource)
/* harmony export */ });
/* harmony import */ var _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5515);

/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page (GitHub stops at 3,000 files). */
async function listPullFiles(client, repo, pullNumber) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
    return files.slice(0, _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .REST_PULL_FILES_CAP */ .od);
}
/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: files of a merge-group entry (GitHub lists at most 300). */
async function listCompareFiles(client, repo, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${base}...${head}`, per_page: 100 });
    return { files: (data.files ?? []).slice(0, _target_rest_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .REST_COMPARE_FILES_CAP */ .wN), mergeBase: data.merge_base_commit.sha };
}
/** The REST file lists as the target's fallback source. */
function restDiffSource(client, repo) {
    return {
        pullFiles: (pullNumber) => listPullFiles(client, repo, pullNumber),
        compareFiles: (base, head) => listCompareFiles(client, repo, base, head),
    };
}


/***/ })

};
