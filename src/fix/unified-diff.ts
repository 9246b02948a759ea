import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** A unified diff of one file, in the form `git apply` and `patch -p1` read. */
export function unifiedDiff(rel: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}
