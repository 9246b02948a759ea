import "./rolldown-runtime-DYf_mQCB.js";
import { t as REST_PULL_FILES_CAP } from "./rest-diff-LfOUromy.js";
import { r as listAll } from "./pages-BZidq4qw.js";
// src/github/diff-files.ts
/** `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`, every page (GitHub stops at 3,000 files). */
async function listPullFiles(client, repo, pullNumber) {
	return (await listAll(client.paginate.iterator(client.rest.pulls.listFiles, {
		...repo,
		pull_number: pullNumber,
		per_page: 100
	}), "the pull request's files")).slice(0, REST_PULL_FILES_CAP);
}
/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: files of a merge-group entry (GitHub lists at most 300). */
async function listCompareFiles(client, repo, base, head) {
	const { data } = await client.rest.repos.compareCommitsWithBasehead({
		...repo,
		basehead: `${base}...${head}`,
		per_page: 100
	});
	return {
		files: (data.files ?? []).slice(0, 300),
		mergeBase: data.merge_base_commit.sha
	};
}
export { listPullFiles as n, listCompareFiles as t };
