/**
 * Reading a paginated GitHub list to its end, with an end we choose. octokit's paginate follows `rel="next"` for as
 * long as the server offers one: a proxy or a broken server that always links a next page (the same one, or one
 * more) would keep the step busy for as long as the job may run. Every list this action reads goes through here:
 * a next link to a page already read, or more pages than any real answer has, is a failure of that list, said in
 * words, and the channel that needed the list reports it instead of acting on half of it.
 */

/** 100 pages of 100 items: 10,000 comments on one PR, or issues with our label, is far beyond any real one. */
export const DEFAULT_MAX_PAGES = 100;

export class PaginationError extends Error {
  override readonly name = 'PaginationError';
}

interface PageResponse<T> {
  data: T[];
  url: string;
  headers: { link?: string | undefined };
}

function nextLink(link: string | undefined): string | undefined {
  return /<([^<>]+)>;\s*rel="next"/.exec(link ?? '')?.[1];
}

/** The pages of `iterator` (octokit's `paginate.iterator`), failing on a loop or past `maxPages`. */
export async function* boundedPages<T>(iterator: AsyncIterable<PageResponse<T>>, what: string, maxPages = DEFAULT_MAX_PAGES): AsyncGenerator<PageResponse<T>> {
  const seen = new Set<string>();
  let count = 0;
  for await (const page of iterator) {
    count++;
    seen.add(page.url);
    yield page;
    const next = nextLink(page.headers.link);
    if (next === undefined) return;
    if (seen.has(next)) throw new PaginationError(`GitHub's list of ${what} links back to a page already read (page ${count}); the list was not used`);
    if (count >= maxPages) throw new PaginationError(`GitHub's list of ${what} did not end after ${maxPages} pages; the list was not used`);
  }
}

/** Every item of a paginated list, or PaginationError (see boundedPages). */
export async function listAll<T>(iterator: AsyncIterable<PageResponse<T>>, what: string, maxPages = DEFAULT_MAX_PAGES): Promise<T[]> {
  const items: T[] = [];
  for await (const page of boundedPages(iterator, what, maxPages)) items.push(...page.data);
  return items;
}
