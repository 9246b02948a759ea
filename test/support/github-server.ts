/**
 * A fake GitHub REST API: a real HTTP server on 127.0.0.1 (port 0) with in-memory state, for end-to-end tests
 * of the bundled action. It is real HTTP because @actions/github 9 uses undici's own fetch, which nock/msw
 * cannot intercept, and because the bundle runs in a child process.
 *
 * Every request is checked against GitHub's OpenAPI description (see openapi-validator.ts): a request GitHub
 * would refuse is recorded in `violations` and refused here too, so a test that ends with `violations` empty
 * has shown that what the action sent is valid for the real API.
 *
 * Only the routes this action uses are implemented; any other request is answered 404 and kept in `unexpected`.
 */
import { createHash } from 'node:crypto';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchOperation, validateBody, validateQuery } from './openapi-validator.js';

// ---------------------------------------------------------------------------------------------------------------
// Recorded traffic

export interface RecordedRequest {
  method: string;
  /** The path without the query string, e.g. `/repos/octo/app/pulls/1/files`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when none was sent. */
  body: unknown;
  rawBody: string;
  /** The token from `authorization: token X` or `Bearer X`. */
  token?: string;
  /** GitHub's operation, e.g. `POST /repos/{owner}/{repo}/check-runs`; undefined when the route is not GitHub's. */
  operation?: string;
  /** The status this server answered with (set once answered; a hung request has none). */
  status?: number;
}

export interface Violation {
  method: string;
  path: string;
  operation?: string;
  /** `fake-crashed` is a bug in this server, reported here so no test passes over it. */
  kind: 'unknown-route' | 'invalid-body' | 'invalid-query' | 'invalid-json' | 'fake-crashed';
  problems: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Fault injection

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (until the server closes): for client timeouts. */
  hang?: boolean;
  /** Answer after this many milliseconds. */
  delayMs?: number;
  /** Send this text as the body (with a JSON content type) instead of `body`: a body cut off on the way. */
  rawBody?: string;
  /** Link a next page forever: `same` links this very page again, `increment` the page after it. */
  endlessNext?: 'same' | 'increment';
}

const DOCS = 'https://docs.github.com/rest';

/** Ready-made failures, shaped as GitHub sends them. */
export const faults = {
  /** GitHub's secondary rate limit: 403 (or 429) with `retry-after` and the message octokit's throttling plugin looks for. */
  secondaryRateLimit(opts: { status?: 403 | 429; retryAfter?: number } = {}): ScriptedResponse {
    return {
      status: opts.status ?? 403,
      headers: { 'retry-after': String(opts.retryAfter ?? 1) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABCD:1234:5678.',
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(opts.status ?? 403),
      },
    };
  },
  /** The primary rate limit: 403 with `x-ratelimit-remaining: 0` and a reset time `resetInSeconds` from now. */
  primaryRateLimit(resetInSeconds = 1): ScriptedResponse {
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
      },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: DOCS, status: '403' },
    };
  },
  /** What a GITHUB_TOKEN without the needed permission (e.g. `checks: write`) gets. */
  forbidden(message = 'Resource not accessible by integration'): ScriptedResponse {
    return { status: 403, body: { message, documentation_url: DOCS, status: '403' } };
  },
  notFound(): ScriptedResponse {
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
  },
  unprocessable(message = 'Validation Failed', errors: unknown[] = []): ScriptedResponse {
    return { status: 422, body: { message, errors, documentation_url: DOCS, status: '422' } };
  },
  serverError(status = 500): ScriptedResponse {
    return { status, body: { message: 'Server Error', status: String(status) } };
  },
  hang(): ScriptedResponse {
    return { status: 0, hang: true };
  },
  /** A 200 whose JSON body was cut off after `keep` characters (`''`: nothing arrived). */
  truncated(full: unknown, keep: number): ScriptedResponse {
    return { status: 200, rawBody: JSON.stringify(full).slice(0, keep) };
  },
  /** A list page that always links a next one. */
  endlessPages(mode: 'same' | 'increment', body: unknown[] = []): ScriptedResponse {
    return { status: 200, body, endlessNext: mode };
  },
};

interface ScriptedFault {
  method: string;
  /** A template (`/repos/{owner}/{repo}/check-runs`, any parameter names) or a concrete path. */
  path: string;
  responses: ScriptedResponse[];
  /** How many more times the last response repeats after the list is used up (Infinity: forever). */
  remaining: number;
}

// ---------------------------------------------------------------------------------------------------------------
// State: records kept in the shape GitHub returns them, so tests can compare with what the action read back.

/* eslint-disable @typescript-eslint/no-explicit-any */
export type GitHubObject = Record<string, any>;

export interface PullFileInput {
  filename: string;
  status?: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The unified diff of this file starting at the first `@@` (GitHub omits it for binary or huge files). */
  patch?: string;
  previous_filename?: string;
  additions?: number;
  deletions?: number;
  sha?: string;
}

export interface PullSeed {
  number?: number;
  title?: string;
  body?: string | null;
  state?: 'open' | 'closed';
  draft?: boolean;
  head: { ref: string; sha: string; repo?: string };
  base: { ref: string; sha: string };
  files?: PullFileInput[];
  labels?: string[];
  user?: string;
  merge_commit_sha?: string;
}

export interface RepoState {
  owner: string;
  name: string;
  repo: GitHubObject;
  labels: GitHubObject[];
  /** Issues and pull requests share numbers, as on GitHub; a PR's issue carries `pull_request`. */
  issues: GitHubObject[];
  pulls: GitHubObject[];
  pullFiles: Map<number, GitHubObject[]>;
  issueComments: GitHubObject[];
  reviewComments: GitHubObject[];
  reviews: GitHubObject[];
  checkRuns: GitHubObject[];
  /** Annotations per check run id, appended across create/update calls as GitHub does. */
  checkRunAnnotations: Map<number, GitHubObject[]>;
  nextNumber: number;
}

export interface FakeGitHubOptions {
  /** When set, only these tokens are accepted (others get 401); `read` tokens get 403 on writes, like a fork PR's token. */
  tokens?: Record<string, 'read' | 'write'>;
  /** Base of html_url links (GITHUB_SERVER_URL). */
  serverUrl?: string;
  /** Check requests against the OpenAPI description (default true). */
  validate?: boolean;
  /**
   * Who each token is. A token named here is a user's (`GET /user` answers with this login, and what it writes is
   * that user's); any other token is an installation token like GITHUB_TOKEN: `GET /user` is refused with 403 and
   * what it writes shows as `github-actions[bot]`.
   */
  identities?: Record<string, string>;
}

/** The GITHUB_TOKEN's identity: what GitHub shows as the author of comments the action writes. */
const ACTIONS_BOT = 'github-actions[bot]';

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const notFound = () => new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
const invalid = (message: string, errors: unknown[] = []) =>
  new HttpError(422, { message, errors, documentation_url: DOCS, status: '422' });

/** GitHub's size limit for issue, PR and comment bodies. */
const MAX_BODY = 65536;

type Handler = (ctx: HandlerContext) => unknown;
interface HandlerContext {
  params: Record<string, string>;
  query: Record<string, string>;
  body: any;
  repo: RepoState;
  req: RecordedRequest;
  res: ServerResponse;
}

// ---------------------------------------------------------------------------------------------------------------

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** Requests for routes this fake does not implement (GitHub's or not): the action did something untested. */
  readonly unexpected: RecordedRequest[] = [];
  url = '';
  private server?: http.Server;
  private readonly repos = new Map<string, RepoState>();
  private readonly faultList: ScriptedFault[] = [];
  private nextId = 1000;
  private readonly serverUrl: string;
  private readonly handlers: Record<string, Handler>;

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.serverUrl = options.serverUrl ?? 'https://github.com';
    this.handlers = this.routes();
  }

  /** Start a server on 127.0.0.1 with an OS-chosen port; `url` is then its base (use it as GITHUB_API_URL). */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const gh = new FakeGitHub(options);
    gh.server = http.createServer((req, res) => void gh.handle(req, res));
    await new Promise<void>((resolve) => gh.server!.listen(0, '127.0.0.1', resolve));
    gh.url = `http://127.0.0.1:${(gh.server.address() as AddressInfo).port}`;
    return gh;
  }

  /** Stop the server, dropping hung connections. */
  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  // ---- seeding and inspection -------------------------------------------------------------------------------

  /** The repository's state, created on first use (`full` is `owner/name`). */
  repo(full: string, opts: { private?: boolean; default_branch?: string; archived?: boolean } = {}): RepoState {
    const existing = this.repos.get(full.toLowerCase());
    if (existing) return existing;
    const [owner, name] = full.split('/') as [string, string];
    const id = this.id();
    const state: RepoState = {
      owner,
      name,
      repo: {
        id,
        node_id: nodeId('R', id),
        name,
        full_name: `${owner}/${name}`,
        owner: this.user(owner, 'Organization'),
        private: opts.private ?? false,
        visibility: opts.private ? 'private' : 'public',
        html_url: `${this.serverUrl}/${owner}/${name}`,
        description: null,
        fork: false,
        url: `${this.url}/repos/${owner}/${name}`,
        default_branch: opts.default_branch ?? 'main',
        archived: opts.archived ?? false,
        disabled: false,
        has_issues: true,
        created_at: this.now(),
        updated_at: this.now(),
        pushed_at: this.now(),
      },
      labels: [],
      issues: [],
      pulls: [],
      pullFiles: new Map(),
      issueComments: [],
      reviewComments: [],
      reviews: [],
      checkRuns: [],
      checkRunAnnotations: new Map(),
      nextNumber: 1,
    };
    this.repos.set(full.toLowerCase(), state);
    return state;
  }

  /** Seed a pull request (and its issue), with the files its `/files` endpoint lists. Returns the PR as GitHub shows it. */
  addPull(full: string, seed: PullSeed): GitHubObject {
    const repo = this.repo(full);
    const number = seed.number ?? repo.nextNumber;
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const pull = this.makePull(repo, number, seed);
    repo.pulls.push(pull);
    repo.pullFiles.set(number, (seed.files ?? []).map((f) => this.makePullFile(repo, seed.head.sha, f)));
    return pull;
  }

  /** Seed an issue. */
  addIssue(full: string, seed: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; user?: string }): GitHubObject {
    const repo = this.repo(full);
    const issue = this.makeIssue(repo, repo.nextNumber++, { ...seed, user: seed.user ?? 'octocat' });
    repo.issues.push(issue);
    return issue;
  }

  addLabel(full: string, seed: { name: string; color?: string; description?: string }): GitHubObject {
    const repo = this.repo(full);
    const label = this.makeLabel(repo, seed.name, seed.color, seed.description);
    repo.labels.push(label);
    return label;
  }

  addIssueComment(full: string, issueNumber: number, seed: { body: string; user?: string }): GitHubObject {
    const repo = this.repo(full);
    const comment = this.makeIssueComment(repo, issueNumber, seed.body, seed.user ?? 'octocat');
    repo.issueComments.push(comment);
    return comment;
  }

  /** Seed an existing review comment (e.g. one a previous run left). The line must be in the PR's diff. */
  addReviewComment(
    full: string,
    pullNumber: number,
    seed: { path: string; line: number; body: string; side?: 'LEFT' | 'RIGHT'; user?: string },
  ): GitHubObject {
    const repo = this.repo(full);
    const pull = repo.pulls.find((p) => p.number === pullNumber);
    if (!pull) throw new Error(`no pull request #${pullNumber} in ${full}`);
    const comment = this.makeReviewComment(repo, pull, { ...seed, commit_id: pull.head.sha }, undefined, seed.user ?? ACTIONS_BOT);
    repo.reviewComments.push(comment);
    return comment;
  }

  /**
   * Script the next response(s) of a route, instead of the normal handling. `route` is `METHOD path`, where the path
   * is a template with any parameter names (`POST /repos/{owner}/{repo}/check-runs`, `PATCH /repos/{o}/{r}/pulls/comments/{id}`)
   * or a concrete path (`GET /repos/octo/app/pulls/1/files`). Given several responses, they are used in order;
   * `times` repeats the last one (Infinity for every later request). Requests that fail validation are refused
   * before faults apply and do not use them up.
   */
  failNext(route: string, response: ScriptedResponse | ScriptedResponse[], opts: { times?: number } = {}): void {
    const [method, path] = route.trim().split(/\s+/) as [string, string];
    const responses = Array.isArray(response) ? [...response] : [response];
    this.faultList.push({ method: method.toUpperCase(), path, responses, remaining: (opts.times ?? 1) - 1 });
  }

  /** Recorded requests whose route matches (same syntax as failNext). */
  requestsTo(route: string): RecordedRequest[] {
    const [method, path] = route.trim().split(/\s+/) as [string, string];
    return this.requests.filter((r) => r.method === method.toUpperCase() && routeMatches(path, r));
  }

  /** Everything sent to this server (paths, queries, headers and bodies) as one string, for secret-leak searches. */
  sentText(): string {
    return this.requests
      .map((r) => `${r.method} ${r.path} ${JSON.stringify(r.query)} ${JSON.stringify(r.headers)}\n${r.rawBody}`)
      .join('\n');
  }

  /** A readable summary of violations and unexpected requests, for assertion messages. */
  problems(): string {
    return [
      ...this.violations.map((v) => `${v.kind}: ${v.method} ${v.path}: ${v.problems.join('; ')}`),
      ...this.unexpected.map((r) => `unexpected: ${r.method} ${r.path}`),
    ].join('\n');
  }

  // ---- request handling ---------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await this.handleRequest(req, res);
    } catch (err) {
      // A bug in the fake must fail the test loudly, not leave the client waiting.
      this.violations.push({ method: req.method ?? '', path: req.url ?? '', kind: 'fake-crashed', problems: [(err as Error).stack ?? String(err)] });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake GitHub crashed: ${(err as Error).message}` }));
    }
  }

  private async handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = req.headers.authorization;
    const token = auth?.match(/^(?:token|bearer)\s+(.+)$/i)?.[1];
    const rec: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: undefined,
      rawBody,
      ...(token ? { token } : {}),
    };
    this.requests.push(rec);

    if (rawBody.trim() !== '') {
      try {
        rec.body = JSON.parse(rawBody);
      } catch (err) {
        this.violations.push({ method: rec.method, path: rec.path, kind: 'invalid-json', problems: [(err as Error).message] });
        return this.send(res, rec, { status: 400, body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' } });
      }
    }

    const match = matchOperation(rec.method, rec.path);
    if (!match) {
      this.violations.push({ method: rec.method, path: rec.path, kind: 'unknown-route', problems: ['no GitHub REST operation has this method and path'] });
      this.unexpected.push(rec);
      return this.send(res, rec, faults.notFound());
    }
    rec.operation = match.key;

    if (this.options.validate !== false) {
      const queryProblems = validateQuery(match, rec.query);
      const bodyProblems = validateBody(match, rec.body);
      if (queryProblems.length) this.violations.push({ method: rec.method, path: rec.path, operation: match.key, kind: 'invalid-query', problems: queryProblems });
      if (bodyProblems.length) this.violations.push({ method: rec.method, path: rec.path, operation: match.key, kind: 'invalid-body', problems: bodyProblems });
      const problems = [...queryProblems, ...bodyProblems];
      if (problems.length) return this.send(res, rec, faults.unprocessable('Invalid request.', problems));
    }

    const fault = this.takeFault(rec);
    if (fault) return this.send(res, rec, fault);

    if (this.options.tokens) {
      const access = token ? this.options.tokens[token] : undefined;
      if (!access) return this.send(res, rec, { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });
      if (access === 'read' && rec.method !== 'GET' && rec.method !== 'HEAD') return this.send(res, rec, faults.forbidden());
    }

    const handler = this.handlers[normalizeTemplate(match.key)];
    if (!handler) {
      this.unexpected.push(rec);
      return this.send(res, rec, faults.notFound());
    }
    try {
      // Routes outside a repository (GET /user) get no repository state.
      const repo = (match.params.owner === undefined ? {} : this.repos.get(`${match.params.owner}/${match.params.repo}`.toLowerCase())) as RepoState | undefined;
      if (!repo) throw notFound();
      const result = handler({ params: match.params, query: rec.query, body: rec.body ?? {}, repo, req: rec, res });
      if (result instanceof HttpError) throw result;
      const status = (result as { __status?: number } | undefined)?.__status;
      if (status !== undefined) return this.send(res, rec, { status, body: (result as { body?: unknown }).body });
      return this.send(res, rec, { status: rec.method === 'POST' ? 201 : 200, body: result });
    } catch (err) {
      if (err instanceof HttpError) return this.send(res, rec, { status: err.status, body: err.body });
      return this.send(res, rec, { status: 500, body: { message: `fake GitHub crashed: ${(err as Error).stack}` } });
    }
  }

  private takeFault(rec: RecordedRequest): ScriptedResponse | undefined {
    const i = this.faultList.findIndex((f) => f.method === rec.method && routeMatches(f.path, rec));
    if (i < 0) return undefined;
    const f = this.faultList[i]!;
    if (f.responses.length > 1) return f.responses.shift();
    const last = f.responses[0]!;
    if (f.remaining <= 0) this.faultList.splice(i, 1);
    else f.remaining--;
    return last;
  }

  private async send(res: ServerResponse, rec: RecordedRequest, r: ScriptedResponse): Promise<void> {
    if (r.hang) return; // left open until close() drops the connection
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    rec.status = r.status;
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${this.requests.indexOf(rec)}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...(res.getHeader('link') ? { link: String(res.getHeader('link')) } : {}),
      ...r.headers,
    };
    if (r.endlessNext) {
      const page = Math.max(1, Number(rec.query.page) || 1) + (r.endlessNext === 'increment' ? 1 : 0);
      const q = new URLSearchParams({ ...rec.query, page: String(page) });
      headers.link = `<${this.url}${rec.path}?${q}>; rel="next"`;
    }
    if (r.rawBody !== undefined) {
      res.writeHead(r.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(r.rawBody)) });
      res.end(r.rawBody);
      return;
    }
    if (r.status === 204 || r.body === undefined) {
      res.writeHead(r.status, headers);
      res.end();
      return;
    }
    const text = JSON.stringify(r.body);
    res.writeHead(r.status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  // ---- routes ------------------------------------------------------------------------------------------------

  private routes(): Record<string, Handler> {
    const r: Record<string, Handler> = {};
    const on = (key: string, h: Handler) => (r[normalizeTemplate(key)] = h);

    on('GET /repos/{owner}/{repo}', ({ repo }) => repo.repo);
    on('GET /user', ({ req }) => {
      const login = req.token && this.options.identities?.[req.token];
      if (!login) return { __status: 403, body: { message: 'Resource not accessible by integration', documentation_url: `${DOCS}/users/users#get-the-authenticated-user`, status: '403' } };
      return { ...this.user(login), name: login, created_at: this.now(), updated_at: this.now() };
    });

    // the repositories a token can read (the organisation audit's list job)
    on('GET /orgs/{org}/repos', ({ params, req, res }) => {
      const list = [...this.repos.values()].filter((r) => r.owner.toLowerCase() === params.org!.toLowerCase()).map((r) => r.repo);
      if (list.length === 0) throw notFound();
      return this.page(req, res, list);
    });
    on('GET /installation/repositories', ({ req, res }) => {
      const all = [...this.repos.values()].map((r) => r.repo);
      return { total_count: all.length, repositories: this.page(req, res, all) };
    });

    // pulls
    on('GET /repos/{owner}/{repo}/pulls', ({ repo, query, req, res }) => {
      const state = query.state ?? 'open';
      const items = repo.pulls.filter(
        (p) =>
          (state === 'all' || p.state === state) &&
          (!query.base || p.base.ref === query.base) &&
          (!query.head || p.head.label === query.head || p.head.ref === query.head),
      );
      return this.page(req, res, items);
    });
    on('POST /repos/{owner}/{repo}/pulls', ({ repo, body, req }) => {
      const headRef = String(body.head).includes(':') ? String(body.head).split(':')[1]! : String(body.head);
      const dup = repo.pulls.find((p) => p.state === 'open' && p.head.ref === headRef && p.base.ref === body.base);
      if (dup) throw invalid('Validation Failed', [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.owner}:${headRef}.` }]);
      checkBodySize(body.body);
      const pull = this.makePull(repo, repo.nextNumber++, {
        title: body.title,
        body: body.body ?? null,
        draft: body.draft ?? false,
        head: { ref: headRef, sha: fakeSha(`${repo.name}:${headRef}`) },
        base: { ref: body.base, sha: fakeSha(`${repo.name}:${body.base}`) },
        user: this.loginOf(req),
      });
      repo.pulls.push(pull);
      repo.pullFiles.set(pull.number, []);
      return pull;
    });
    on('GET /repos/{owner}/{repo}/pulls/{pull_number}', ({ repo, params }) => this.pull(repo, params.pull_number));
    on('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', ({ repo, params, body }) => {
      const pull = this.pull(repo, params.pull_number);
      checkBodySize(body.body);
      for (const k of ['title', 'body', 'state'] as const) if (body[k] !== undefined) pull[k] = body[k];
      if (body.base !== undefined) pull.base.ref = body.base;
      pull.updated_at = this.now();
      pull.closed_at = pull.state === 'closed' ? (pull.closed_at ?? this.now()) : null;
      this.syncPullIssue(repo, pull);
      return pull;
    });
    on('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', ({ repo, params, req, res }) => {
      const pull = this.pull(repo, params.pull_number);
      // GitHub lists at most 3,000 files of a pull request.
      return this.page(req, res, (repo.pullFiles.get(pull.number) ?? []).slice(0, 3000));
    });
    on('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', ({ repo, params, req, res }) => {
      const pull = this.pull(repo, params.pull_number);
      return this.page(req, res, repo.reviewComments.filter((c) => c.pull_request_url === pull.url));
    });
    on('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments', ({ repo, params, body, req }) => {
      const pull = this.pull(repo, params.pull_number);
      checkBodySize(body.body);
      if (body.in_reply_to !== undefined) {
        const parent = repo.reviewComments.find((c) => c.id === Number(body.in_reply_to));
        if (!parent) throw notFound();
        const reply = this.makeReviewComment(repo, pull, { path: parent.path, line: parent.line, side: parent.side, body: body.body, commit_id: parent.commit_id }, undefined, this.loginOf(req));
        reply.in_reply_to_id = parent.id;
        repo.reviewComments.push(reply);
        return reply;
      }
      const problem = this.commentProblem(repo, pull, body);
      if (problem)
        throw invalid('Validation Failed', [{ resource: 'PullRequestReviewComment', code: 'custom', field: 'pull_request_review_thread.line', message: problem }]);
      const comment = this.makeReviewComment(repo, pull, body, undefined, this.loginOf(req));
      repo.reviewComments.push(comment);
      return comment;
    });
    on('PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}', ({ repo, params, body }) => {
      const c = repo.reviewComments.find((x) => x.id === Number(params.comment_id));
      if (!c) throw notFound();
      checkBodySize(body.body);
      c.body = body.body;
      c.updated_at = this.now();
      return c;
    });
    on('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', ({ repo, params }) => {
      const i = repo.reviewComments.findIndex((x) => x.id === Number(params.comment_id));
      if (i < 0) throw notFound();
      repo.reviewComments.splice(i, 1);
      return { __status: 204 };
    });
    on('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', ({ repo, params, body, req }) => {
      const pull = this.pull(repo, params.pull_number);
      checkBodySize(body.body);
      const comments: any[] = body.comments ?? [];
      for (const c of comments) checkBodySize(c.body);
      if ((body.event === 'COMMENT' || body.event === 'REQUEST_CHANGES') && !body.body && comments.length === 0)
        throw invalid('Unprocessable Entity', ['Body is required for this review event']);
      // One comment outside the diff fails the whole review, as on GitHub.
      for (const c of comments) {
        const problem = this.commentProblem(repo, pull, c);
        if (problem) throw invalid('Unprocessable Entity', [problem === 'could not be resolved' ? 'Line could not be resolved' : problem]);
      }
      const id = this.id();
      const review = {
        id,
        node_id: nodeId('PRR', id),
        user: this.user(this.loginOf(req)),
        body: body.body ?? '',
        state: body.event ? ({ APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' } as Record<string, string>)[body.event] : 'PENDING',
        html_url: `${pull.html_url}#pullrequestreview-${id}`,
        pull_request_url: pull.url,
        commit_id: body.commit_id ?? pull.head.sha,
        submitted_at: this.now(),
        author_association: 'NONE',
        _links: { html: { href: `${pull.html_url}#pullrequestreview-${id}` }, pull_request: { href: pull.url } },
      };
      repo.reviews.push(review);
      for (const c of comments) repo.reviewComments.push(this.makeReviewComment(repo, pull, { ...c, commit_id: review.commit_id }, id, this.loginOf(req)));
      return { __status: 200, body: review };
    });

    // checks
    on('POST /repos/{owner}/{repo}/check-runs', ({ repo, body }) => {
      const id = this.id();
      const run: GitHubObject = {
        id,
        node_id: nodeId('CR', id),
        head_sha: body.head_sha,
        external_id: body.external_id ?? '',
        url: `${this.url}/repos/${repo.owner}/${repo.name}/check-runs/${id}`,
        html_url: `${this.serverUrl}/${repo.owner}/${repo.name}/runs/${id}`,
        details_url: body.details_url ?? null,
        name: body.name,
        status: 'queued',
        conclusion: null,
        started_at: body.started_at ?? this.now(),
        completed_at: null,
        output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${this.url}/repos/${repo.owner}/${repo.name}/check-runs/${id}/annotations` },
        check_suite: { id: this.id() },
        app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions', owner: this.user('github', 'Organization') },
        pull_requests: [],
      };
      repo.checkRuns.push(run);
      repo.checkRunAnnotations.set(id, []);
      this.updateCheckRun(repo, run, body);
      return run;
    });
    on('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', ({ repo, params, body }) => {
      const run = repo.checkRuns.find((c) => c.id === Number(params.check_run_id));
      if (!run) throw notFound();
      this.updateCheckRun(repo, run, body);
      return run;
    });
    on('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', ({ repo, params }) => {
      const run = repo.checkRuns.find((c) => c.id === Number(params.check_run_id));
      if (!run) throw notFound();
      return run;
    });
    on('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', ({ repo, params, req, res }) => {
      const list = repo.checkRunAnnotations.get(Number(params.check_run_id));
      if (!list) throw notFound();
      return this.page(req, res, list);
    });

    // issues and their comments
    on('GET /repos/{owner}/{repo}/issues', ({ repo, query, req, res }) => {
      const state = query.state ?? 'open';
      const wanted = (query.labels ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
      const items = repo.issues.filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          wanted.every((w) => i.labels.some((l: GitHubObject) => l.name.toLowerCase() === w)) &&
          (!query.creator || i.user.login === query.creator),
      );
      // GitHub's default order is newest first.
      const sorted = query.direction === 'asc' ? items : [...items].reverse();
      return this.page(req, res, sorted);
    });
    on('POST /repos/{owner}/{repo}/issues', ({ repo, body, req }) => {
      checkBodySize(body.body);
      const issue = this.makeIssue(repo, repo.nextNumber++, {
        title: String(body.title),
        body: body.body,
        labels: (body.labels ?? []).map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name)),
        user: this.loginOf(req),
      });
      repo.issues.push(issue);
      return issue;
    });
    on('GET /repos/{owner}/{repo}/issues/{issue_number}', ({ repo, params }) => this.issue(repo, params.issue_number));
    on('PATCH /repos/{owner}/{repo}/issues/{issue_number}', ({ repo, params, body }) => {
      const issue = this.issue(repo, params.issue_number);
      checkBodySize(body.body);
      for (const k of ['title', 'body', 'state', 'state_reason'] as const) if (body[k] !== undefined) issue[k] = body[k];
      if (body.labels !== undefined) issue.labels = this.labelsFor(repo, body.labels.map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name)));
      issue.updated_at = this.now();
      issue.closed_at = issue.state === 'closed' ? (issue.closed_at ?? this.now()) : null;
      return issue;
    });
    on('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', ({ repo, params, body }) => {
      const issue = this.issue(repo, params.issue_number);
      const names: string[] = Array.isArray(body) ? body : Array.isArray(body.labels) ? body.labels.map((l: string | { name: string }) => (typeof l === 'string' ? l : l.name)) : [];
      const have = new Set(issue.labels.map((l: GitHubObject) => l.name.toLowerCase()));
      issue.labels = [...issue.labels, ...this.labelsFor(repo, names.filter((n) => !have.has(n.toLowerCase())))];
      this.syncIssuePull(repo, issue);
      return { __status: 200, body: issue.labels };
    });
    on('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', ({ repo, params, req, res }) => {
      const issue = this.issue(repo, params.issue_number);
      return this.page(req, res, repo.issueComments.filter((c) => c.issue_url === issue.url));
    });
    on('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', ({ repo, params, body, req }) => {
      this.issue(repo, params.issue_number);
      checkBodySize(body.body);
      const comment = this.makeIssueComment(repo, Number(params.issue_number), body.body, this.loginOf(req));
      repo.issueComments.push(comment);
      return comment;
    });
    on('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', ({ repo, params, body }) => {
      const c = repo.issueComments.find((x) => x.id === Number(params.comment_id));
      if (!c) throw notFound();
      checkBodySize(body.body);
      c.body = body.body;
      c.updated_at = this.now();
      return c;
    });
    on('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', ({ repo, params }) => {
      const i = repo.issueComments.findIndex((x) => x.id === Number(params.comment_id));
      if (i < 0) throw notFound();
      repo.issueComments.splice(i, 1);
      return { __status: 204 };
    });

    // labels
    on('GET /repos/{owner}/{repo}/labels', ({ repo, req, res }) => this.page(req, res, repo.labels));
    on('POST /repos/{owner}/{repo}/labels', ({ repo, body }) => {
      if (repo.labels.some((l) => l.name.toLowerCase() === String(body.name).toLowerCase()))
        throw invalid('Validation Failed', [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
      const label = this.makeLabel(repo, body.name, body.color, body.description);
      repo.labels.push(label);
      return label;
    });
    return r;
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** The login GitHub shows as the author of what this request writes. */
  private loginOf(req: RecordedRequest): string {
    return (req.token && this.options.identities?.[req.token]) || ACTIONS_BOT;
  }

  private id(): number {
    return this.nextId++;
  }

  private now(): string {
    return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  }

  private user(login: string, type: 'User' | 'Bot' | 'Organization' = login.endsWith('[bot]') ? 'Bot' : 'User'): GitHubObject {
    const id = login === ACTIONS_BOT ? 41898282 : parseInt(createHash('sha1').update(login).digest('hex').slice(0, 7), 16);
    return {
      login,
      id,
      node_id: nodeId(type === 'Bot' ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: `${this.serverUrl}/${type === 'Bot' ? 'apps/' + login.replace('[bot]', '') : login}`,
      type,
      site_admin: false,
    };
  }

  /** Answer one page of a list, with GitHub's Link header (per_page default 30, at most 100). */
  private page(req: RecordedRequest, res: ServerResponse, items: GitHubObject[]): GitHubObject[] {
    const perPage = Math.min(100, Math.max(1, Number(req.query.per_page) || 30));
    const page = Math.max(1, Number(req.query.page) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams({ ...req.query, per_page: String(perPage), page: String(p) });
      return `<${this.url}${req.path}?${q}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) res.setHeader('link', links.join(', '));
    return items.slice((page - 1) * perPage, page * perPage);
  }

  private pull(repo: RepoState, n: string | number | undefined): GitHubObject {
    const pull = repo.pulls.find((p) => p.number === Number(n));
    if (!pull) throw notFound();
    return pull;
  }

  private issue(repo: RepoState, n: string | number | undefined): GitHubObject {
    const issue = repo.issues.find((i) => i.number === Number(n));
    if (!issue) throw notFound();
    return issue;
  }

  private labelsFor(repo: RepoState, names: string[]): GitHubObject[] {
    return names.map((name) => {
      let label = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
      if (!label) {
        // GitHub creates a label that does not exist yet when it is added to an issue.
        label = this.makeLabel(repo, name);
        repo.labels.push(label);
      }
      return label;
    });
  }

  private makeLabel(repo: RepoState, name: string, color = 'ededed', description: string | null = null): GitHubObject {
    const id = this.id();
    return {
      id,
      node_id: nodeId('LA', id),
      url: `${this.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(name)}`,
      name,
      description,
      color,
      default: false,
    };
  }

  private makeIssue(
    repo: RepoState,
    number: number,
    seed: { title: string; body?: string | null; labels?: string[]; state?: 'open' | 'closed'; user: string },
  ): GitHubObject {
    const id = this.id();
    const base = `${this.url}/repos/${repo.owner}/${repo.name}/issues/${number}`;
    const now = this.now();
    return {
      id,
      node_id: nodeId('I', id),
      url: base,
      repository_url: repo.repo.url,
      labels_url: `${base}/labels{/name}`,
      comments_url: `${base}/comments`,
      events_url: `${base}/events`,
      html_url: `${repo.repo.html_url}/issues/${number}`,
      number,
      state: seed.state ?? 'open',
      state_reason: null,
      title: seed.title,
      body: seed.body ?? null,
      user: this.user(seed.user),
      labels: this.labelsFor(repo, seed.labels ?? []),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      comments: 0,
      created_at: now,
      updated_at: now,
      closed_at: seed.state === 'closed' ? now : null,
      author_association: seed.user === ACTIONS_BOT ? 'NONE' : 'MEMBER',
    };
  }

  private makePull(repo: RepoState, number: number, seed: Omit<PullSeed, 'number'>): GitHubObject {
    const id = this.id();
    const url = `${this.url}/repos/${repo.owner}/${repo.name}/pulls/${number}`;
    const html = `${repo.repo.html_url}/pull/${number}`;
    const headRepoName = seed.head.repo ?? repo.repo.full_name;
    const headOwner = headRepoName.split('/')[0]!;
    const now = this.now();
    const pull: GitHubObject = {
      url,
      id,
      node_id: nodeId('PR', id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/${number}`,
      number,
      state: seed.state ?? 'open',
      locked: false,
      title: seed.title ?? `Pull request ${number}`,
      user: this.user(seed.user ?? 'octocat'),
      body: seed.body ?? null,
      labels: [],
      draft: seed.draft ?? false,
      created_at: now,
      updated_at: now,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: seed.merge_commit_sha ?? null,
      head: {
        label: `${headOwner}:${seed.head.ref}`,
        ref: seed.head.ref,
        sha: seed.head.sha,
        user: this.user(headOwner),
        repo: headRepoName === repo.repo.full_name ? repo.repo : { ...repo.repo, full_name: headRepoName, fork: true, owner: this.user(headOwner) },
      },
      base: { label: `${repo.owner}:${seed.base.ref}`, ref: seed.base.ref, sha: seed.base.sha, user: repo.repo.owner, repo: repo.repo },
      author_association: 'MEMBER',
      merged: false,
      mergeable: null,
      comments: 0,
      review_comments: 0,
      commits: 1,
      additions: (seed.files ?? []).reduce((n, f) => n + (f.additions ?? countPatch(f.patch).additions), 0),
      deletions: (seed.files ?? []).reduce((n, f) => n + (f.deletions ?? countPatch(f.patch).deletions), 0),
      changed_files: (seed.files ?? []).length,
      _links: { self: { href: url }, html: { href: html } },
    };
    const issue = this.makeIssue(repo, number, { title: pull.title, body: pull.body, labels: seed.labels, state: pull.state, user: pull.user.login });
    issue.pull_request = { url, html_url: html, diff_url: pull.diff_url, patch_url: pull.patch_url, merged_at: null };
    issue.html_url = html;
    pull.labels = issue.labels;
    repo.issues.push(issue);
    return pull;
  }

  private syncPullIssue(repo: RepoState, pull: GitHubObject): void {
    const issue = repo.issues.find((i) => i.number === pull.number);
    if (issue) Object.assign(issue, { title: pull.title, body: pull.body, state: pull.state, closed_at: pull.closed_at, updated_at: pull.updated_at });
  }

  private syncIssuePull(repo: RepoState, issue: GitHubObject): void {
    const pull = repo.pulls.find((p) => p.number === issue.number);
    if (pull) pull.labels = issue.labels;
  }

  private makePullFile(repo: RepoState, headSha: string, f: PullFileInput): GitHubObject {
    const counts = countPatch(f.patch);
    const additions = f.additions ?? counts.additions;
    const deletions = f.deletions ?? counts.deletions;
    const enc = f.filename.split('/').map(encodeURIComponent).join('/');
    return {
      sha: f.sha ?? fakeSha(`${headSha}:${f.filename}`),
      filename: f.filename,
      status: f.status ?? 'modified',
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${repo.repo.html_url}/blob/${headSha}/${enc}`,
      raw_url: `${repo.repo.html_url}/raw/${headSha}/${enc}`,
      contents_url: `${this.url}/repos/${repo.owner}/${repo.name}/contents/${enc}?ref=${headSha}`,
      ...(f.patch !== undefined ? { patch: f.patch } : {}),
      ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
    };
  }

  /** Why GitHub would refuse a review comment at this place, or undefined when it is inside the PR's diff. */
  private commentProblem(repo: RepoState, pull: GitHubObject, c: GitHubObject): string | undefined {
    const file = (repo.pullFiles.get(pull.number) ?? []).find((f) => f.filename === c.path);
    if (!file) return 'Path could not be resolved';
    if (c.subject_type === 'file') return undefined;
    const diff = parsePatch(file.patch);
    if (c.position !== undefined && c.line === undefined) return c.position >= 1 && c.position <= diff.positions.length ? undefined : 'could not be resolved';
    if (c.line === undefined) return 'could not be resolved';
    const side: 'LEFT' | 'RIGHT' = c.side ?? 'RIGHT';
    if (!diff.lines[side].has(c.line)) return 'could not be resolved';
    if (c.start_line !== undefined) {
      const startSide: 'LEFT' | 'RIGHT' = c.start_side ?? side;
      if (!diff.lines[startSide].has(c.start_line) || c.start_line > c.line) return 'could not be resolved';
    }
    return undefined;
  }

  private makeReviewComment(repo: RepoState, pull: GitHubObject, c: GitHubObject, reviewId: number | undefined, login: string): GitHubObject {
    const id = this.id();
    const file = (repo.pullFiles.get(pull.number) ?? []).find((f) => f.filename === c.path);
    const diff = parsePatch(file?.patch);
    const side: 'LEFT' | 'RIGHT' = c.side ?? 'RIGHT';
    let line: number | null = c.line ?? null;
    let position: number | null = c.position ?? null;
    if (line === null && position !== null) line = diff.positions[position - 1]?.line ?? null;
    if (position === null && line !== null) {
      const p = diff.positions.findIndex((x) => x?.side === side && x.line === line);
      position = p >= 0 ? p + 1 : null;
    }
    const now = this.now();
    const html = `${pull.html_url}#discussion_r${id}`;
    return {
      url: `${this.url}/repos/${repo.owner}/${repo.name}/pulls/comments/${id}`,
      pull_request_review_id: reviewId ?? this.id(),
      id,
      node_id: nodeId('PRRC', id),
      diff_hunk: position !== null ? diff.hunkUpTo(position) : '',
      path: c.path,
      position,
      original_position: position,
      commit_id: c.commit_id ?? pull.head.sha,
      original_commit_id: c.commit_id ?? pull.head.sha,
      user: this.user(login),
      body: c.body,
      created_at: now,
      updated_at: now,
      html_url: html,
      pull_request_url: pull.url,
      author_association: login === ACTIONS_BOT ? 'NONE' : 'MEMBER',
      _links: { self: { href: `${this.url}/repos/${repo.owner}/${repo.name}/pulls/comments/${id}` }, html: { href: html }, pull_request: { href: pull.url } },
      start_line: c.start_line ?? null,
      original_start_line: c.start_line ?? null,
      start_side: c.start_line !== undefined ? (c.start_side ?? side) : null,
      line,
      original_line: line,
      side,
      subject_type: c.subject_type ?? 'line',
    };
  }

  private makeIssueComment(repo: RepoState, issueNumber: number, body: string, login: string): GitHubObject {
    const id = this.id();
    const issueUrl = `${this.url}/repos/${repo.owner}/${repo.name}/issues/${issueNumber}`;
    const issue = repo.issues.find((i) => i.number === issueNumber);
    if (issue) issue.comments++;
    const now = this.now();
    return {
      id,
      node_id: nodeId('IC', id),
      url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/comments/${id}`,
      html_url: `${issue?.html_url ?? `${repo.repo.html_url}/issues/${issueNumber}`}#issuecomment-${id}`,
      body,
      user: this.user(login),
      created_at: now,
      updated_at: now,
      issue_url: issueUrl,
      author_association: login === ACTIONS_BOT ? 'NONE' : 'MEMBER',
    };
  }

  private updateCheckRun(repo: RepoState, run: GitHubObject, body: GitHubObject): void {
    if (body.status === 'completed' && !body.conclusion && !run.conclusion)
      throw invalid('Invalid request.', ['conclusion is required when status is completed']);
    for (const k of ['name', 'details_url', 'external_id', 'started_at'] as const) if (body[k] !== undefined) run[k] = body[k];
    if (body.status) run.status = body.status;
    if (body.conclusion) {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed') run.completed_at = body.completed_at ?? run.completed_at ?? this.now();
    if (body.output) {
      const annotations = repo.checkRunAnnotations.get(run.id)!;
      annotations.push(...(body.output.annotations ?? []).map((a: GitHubObject) => ({ blob_href: '', ...a })));
      run.output = {
        ...run.output,
        title: body.output.title ?? run.output.title,
        summary: body.output.summary ?? run.output.summary,
        text: body.output.text ?? run.output.text,
        annotations_count: annotations.length,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kw${Buffer.from(String(id)).toString('base64url')}`;
}

function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function checkBodySize(body: unknown): void {
  if (typeof body === 'string' && body.length > MAX_BODY)
    throw invalid('Validation Failed', [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY} characters)` }]);
}

/** `{owner}` and `{o}` are the same parameter for matching purposes. */
function normalizeTemplate(key: string): string {
  return key.replace(/\{[^}]+\}/g, '{}');
}

function routeMatches(path: string, rec: RecordedRequest): boolean {
  if (!path.includes('{')) return path === rec.path;
  return rec.operation !== undefined && normalizeTemplate(rec.operation.split(' ')[1]!) === normalizeTemplate(path);
}

function countPatch(patch: string | undefined): { additions: number; deletions: number } {
  let additions = 0;
  let deletions = 0;
  for (const l of (patch ?? '').split('\n')) {
    if (l.startsWith('+')) additions++;
    else if (l.startsWith('-')) deletions++;
  }
  return { additions, deletions };
}

interface ParsedPatch {
  /** Line numbers a comment may target on each side: the lines inside the hunks. */
  lines: { LEFT: Set<number>; RIGHT: Set<number> };
  /** Diff positions (1-based index - 1): every line after the first `@@`, hunk headers included. */
  positions: ({ side: 'LEFT' | 'RIGHT'; line: number } | undefined)[];
  hunkUpTo(position: number): string;
}

/** Read a file's patch as GitHub's review-comment placement does. */
export function parsePatch(patch: string | undefined): ParsedPatch {
  const lines = { LEFT: new Set<number>(), RIGHT: new Set<number>() };
  const positions: ParsedPatch['positions'] = [];
  const text: string[] = [];
  const hunkStart: number[] = [];
  let oldLine = 0;
  let newLine = 0;
  let started = false;
  for (const l of (patch ?? '').split('\n')) {
    const h = l.match(/^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/);
    if (h) {
      oldLine = Number(h[1]);
      newLine = Number(h[2]);
      if (started) positions.push(undefined);
      hunkStart.push(positions.length);
      text.push(l);
      started = true;
      continue;
    }
    if (!started || l.startsWith('\\')) continue;
    text.push(l);
    if (l.startsWith('+')) {
      lines.RIGHT.add(newLine);
      positions.push({ side: 'RIGHT', line: newLine++ });
    } else if (l.startsWith('-')) {
      lines.LEFT.add(oldLine);
      positions.push({ side: 'LEFT', line: oldLine++ });
    } else {
      lines.LEFT.add(oldLine);
      lines.RIGHT.add(newLine);
      positions.push({ side: 'RIGHT', line: newLine++ });
      oldLine++;
    }
  }
  return {
    lines,
    positions,
    hunkUpTo(position: number): string {
      // text[0] is the first header; position p is text[p]. The hunk starts at the last header at or before it.
      let start = 0;
      for (const s of hunkStart) if (s < position) start = s;
      return text.slice(start, position + 1).join('\n');
    },
  };
}
