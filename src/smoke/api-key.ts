/**
 * What a TokenHub API key must look like before it is sent anywhere. A pasted secret with a line break makes the
 * HTTP library refuse the header, which used to surface as "could not connect"; a value of a few characters (a
 * placeholder, a truncated paste) is no key, and a server that echoes it back would put it in the log, where a
 * value that short cannot be masked. Neither check ever quotes the value.
 */

/**
 * TokenHub's console shows a key as its first 5 and last 4 characters around `***`, and its API reference's example
 * key is `sk-` plus 32 characters; 16 is well below any real key and well above any word the log could contain.
 */
export const MIN_KEY_CHARS = 16;

/** Why `key` cannot be a TokenHub API key, or undefined when it may be one. Never includes the key. */
export function apiKeyProblem(key: string): string | undefined {
  if (/[\r\n]/.test(key)) {
    return 'the TokenHub API key contains a line break. Store only the key, on one line, in the secret (a copied key often carries a trailing newline or a second line)';
  }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
  if (/[\s\u0000-\u001f\u007f]/.test(key)) {
    return 'the TokenHub API key contains a space or a control character. Store only the key in the secret, without quotes or spaces';
  }
  if (key.length < MIN_KEY_CHARS) {
    return `the TokenHub API key is ${key.length} characters long, shorter than any real key (TokenHub keys are sk- followed by dozens of characters). Check that the secret holds the whole key, not a placeholder`;
  }
  return undefined;
}
