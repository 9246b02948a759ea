/**
 * `tokenhub-migration-check --help | head -1`: the reader leaves before the CLI has written everything, and the next
 * write fails with EPIPE. Nobody is left to read the rest, so that is no error: stop quietly with exit 0, as a
 * filter does, instead of crashing with an unhandled 'error' event and a stack on stderr.
 */
export function exitQuietlyWhenReaderLeaves(stream: NodeJS.WritableStream, exit: (code: number) => void): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') exit(0);
    else throw err;
  });
}
