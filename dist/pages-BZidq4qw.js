var PaginationError = class extends Error {
	name = "PaginationError";
};
function nextLink(link) {
	return /<([^<>]+)>;\s*rel="next"/.exec(link ?? "")?.[1];
}
/** The pages of `iterator` (octokit's `paginate.iterator`), failing on a loop or past `maxPages`. */
async function* boundedPages(iterator, what, maxPages = 100) {
	const seen = /* @__PURE__ */ new Set();
	let count = 0;
	for await (const page of iterator) {
		count++;
		seen.add(page.url);
		yield page;
		const next = nextLink(page.headers.link);
		if (next === void 0) return;
		if (seen.has(next)) throw new PaginationError(`GitHub's list of ${what} links back to a page already read (page ${count}); the list was not used`);
		if (count >= maxPages) throw new PaginationError(`GitHub's list of ${what} did not end after ${maxPages} pages; the list was not used`);
	}
}
/** Every item of a paginated list, or PaginationError (see boundedPages). */
async function listAll(iterator, what, maxPages = 100) {
	const items = [];
	for await (const page of boundedPages(iterator, what, maxPages)) items.push(...page.data);
	return items;
}
export { boundedPages as n, listAll as r, PaginationError as t };
