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
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3892);


/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page (GitHub stops at 3,000 files). */
async function listPullFiles(client, repo, pullNumber) {
    const files = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .listAll */ ._w)(client.paginate.iterator(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 }), 'the pull request\'s files');
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


/***/ }),

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XX: () => (/* binding */ PaginationError),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   aM: () => (/* binding */ DEFAULT_MAX_PAGES),
/* harmony export */   c: () => (/* binding */ boundedPages)
/* harmony export */ });
/**
 * Reading a paginated GitHub list to its end, with an end we choose. octokit's paginate follows `rel="next"` for as
 * long as the server offers one: a proxy or a broken server that always links a next page (the same one, or one
 * more) would keep the step busy for as long as the job may run. Every list this action reads goes through here:
 * a next link to a page already read, or more pages than any real answer has, is a failure of that list, said in
 * words, and the channel that needed the list reports it instead of acting on half of it.
 */
/** 100 pages of 100 items: 10,000 comments on one PR, or issues with our label, is far beyond any real one. */
const DEFAULT_MAX_PAGES = 100;
class PaginationError extends Error {
    name = 'PaginationError';
}
function nextLink(link) {
    return /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
}
/** The pages of `iterator` (octokit's `paginate.iterator`), failing on a loop or past `maxPages`. */
async function* boundedPages(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const seen = new Set();
    let count = 0;
    for await (const page of iterator) {
        count++;
        seen.add(page.url);
        yield page;
        const next = nextLink(page.headers.link);
        if (next === undefined)
            return;
        if (seen.has(next))
            throw new PaginationError(`GitHub's list of ${what} links back to a page already read (page ${count}); the list was not used`);
        if (count >= maxPages)
            throw new PaginationError(`GitHub's list of ${what} did not end after ${maxPages} pages; the list was not used`);
    }
}
/** Every item of a paginated list, or PaginationError (see boundedPages). */
async function listAll(iterator, what, maxPages = DEFAULT_MAX_PAGES) {
    const items = [];
    for await (const page of boundedPages(iterator, what, maxPages))
        items.push(...page.data);
    return items;
}


/***/ })

};
