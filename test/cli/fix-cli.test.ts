import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * The bundled CLI (dist/cli/index.js) on Node 24, as a user runs it: `fix` on a copy of the fixture tree.
 */
const repo = path.resolve(import.meta.dirname, '../..');
const node24 = path.join(repo, 'node_modules/node/bin/node');
const cli = path.join(repo, 'dist/cli/index.js');
const fixtures = path.join(repo, 'test/fixtures/fix');

function run(args: string[], cwd: string) {
  // As run through npx (npm_command=exec), whether the suite runs under `npm test` or `npx vitest`: hints name the
  // command the way it was run, and the assertions below expect the npx form.
  const r = spawnSync(node24, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, npm_command: 'exec', NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let work: string;

beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'thfix-cli-'));
  await fs.cp(path.join(fixtures, 'before'), work, { recursive: true });
});

afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

describe('tokenhub-migration-check fix (bundle, Node 24)', () => {
  it('runs on Node 24', () => {
    expect(execFileSync(node24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  it('fixes the tree, reports what is left with guidance, and exits 1 while errors remain', async () => {
    const r = run(['fix'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Fixed 7 files (10 replacements):');
    expect(r.stdout).toContain('  12:12  hunyuan-turbos-latest → hy3-preview  hunyuan-model-shutdown');
    expect(r.stdout).toContain("Base URLs now point at TokenHub's international site (https://tokenhub-intl.tencentcloudmaas.com/v1)");
    expect(r.stdout).toContain('Suggested replacements, not applied (3 findings): our suggestions, not official mappings.');
    expect(r.stdout).toContain('tokenhub-migration-check fix --models deepseek-r1=deepseek-v4-pro,hunyuan-translation=hy-mt2-plus,deepseek-v3=deepseek-v4-flash');
    // go/chat.go calls the Tencent SDK: its model ID is left for the person who moves that call.
    expect(r.stdout).toContain('go/chat.go  (calls a Tencent SDK: move that call to TokenHub first');
    expect(r.stdout).toContain('Needs a person (7 findings); not edited:');
    expect(r.stdout).toContain('■ Tencent Cloud SDK or signed Cloud API call');
    expect(r.stdout).toContain('■ Legacy online-search parameter');
    expect(r.stdout).toContain('Go:\n    // go get github.com/openai/openai-go/v3');
    expect(r.stdout).toContain('web_search_options: {},');
    // After the base URLs move, a later scan still reports the models and search fields TokenHub will not take,
    // so nothing the fix leaves goes unseen.
    expect(r.stdout).not.toContain('were recognised through a legacy endpoint that the fix rewrites');
    expect(await fs.readFile(path.join(work, 'java/Client.java'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'after/java/Client.java'), 'utf8'));

    const again = run(['fix'], work);
    expect(again.stdout).toContain('Nothing to rewrite safely.');
    expect(again.stdout).not.toContain('Fixed ');
  });

  it('prints only the patch on stdout in a dry run, and git applies it', async () => {
    const r = run(['fix', '--dry-run', '--fail-on', 'none'], work);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('--- a/config/app.yaml\n+++ b/config/app.yaml\n@@ ')).toBe(true);
    expect(r.stderr).toContain('Would fix 7 files (10 replacements):');
    expect(await fs.readFile(path.join(work, 'config/app.yaml'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'before/config/app.yaml'), 'utf8'));
    execFileSync('git', ['apply', '-'], { cwd: work, input: r.stdout });
    expect(await fs.readFile(path.join(work, 'config/app.yaml'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'after/config/app.yaml'), 'utf8'));
  });

  it('shows the patch of a dry run with escape sequences escaped on a terminal, and writes it unchanged to a pipe', async () => {
    // A line the fix rewrites, with an escape sequence that would retitle the window and one that would clear it.
    const file = path.join(work, 'config/app.yaml');
    const hostile = (await fs.readFile(file, 'utf8')).replace('chat/completions\n', 'chat/completions # \u001b]0;pwned\u0007\u001b[2J\n');
    await fs.writeFile(file, hostile);
    const piped = run(['fix', '--dry-run', '--fail-on', 'none'], work);
    expect(piped.stdout).toContain('\u001b]0;pwned\u0007');
    execFileSync('git', ['apply', '--check', '-'], { cwd: work, input: piped.stdout });
    // The same command on a pseudo-terminal (util-linux `script`), as a user at a shell sees it.
    const command = [node24, cli, 'fix', '--dry-run', '--fail-on', 'none'].map((a) => `'${a}'`).join(' ');
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8', env: { ...process.env, npm_command: 'exec', NO_COLOR: '1', FORCE_COLOR: '0' } });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toContain('chat/completions # \\x1b]0;pwned\\x07\\x1b[2J');
    expect(tty.stdout).not.toContain('\u001b]0;');
    expect(tty.stdout).not.toContain('\u001b[2J');
  });

  it('applies --models and --region mainland', async () => {
    const r = run(['fix', 'python', '--region', 'mainland', '--models', 'hunyuan-translation=hy-mt2-plus'], work);
    expect(r.stdout).toContain('  18:12  hunyuan-translation → hy-mt2-plus (your --models mapping)  hunyuan-translation-model');
    const text = await fs.readFile(path.join(work, 'python/client.py'), 'utf8');
    expect(text).toContain('base_url="https://tokenhub.tencentmaas.com/v1"');
    expect(text).toContain('model="hy-mt2-plus"');
    // Only the named folder was touched.
    expect(await fs.readFile(path.join(work, 'java/Client.java'), 'utf8')).toContain('api.hunyuan.intl.cloud.tencent.com');
  });

  it('reads the config file: rules switched off are not fixed, extra model IDs can be mapped, the config is never edited', async () => {
    const config = 'rules:\n  hunyuan-model-shutdown: off\nextra:\n  models:\n    - acme-hunyuan-ft\nexclude:\n  - scripts/\n';
    await fs.mkdir(path.join(work, '.github'), { recursive: true });
    await fs.writeFile(path.join(work, '.github/tokenhub-migration.yml'), config);
    await fs.writeFile(path.join(work, 'python/ft.py'), 'MODEL = "acme-hunyuan-ft"\n');
    const r = run(['fix', '--models', 'acme-hunyuan-ft=hy3-preview', '--fail-on', 'none'], work);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The shut-down model stays (its rule is off); the base URL next to it is fixed.
    const client = await fs.readFile(path.join(work, 'python/client.py'), 'utf8');
    expect(client).toContain('model="hunyuan-turbos-latest"');
    expect(client).toContain('base_url="https://tokenhub-intl.tencentcloudmaas.com/v1"');
    expect(await fs.readFile(path.join(work, 'python/ft.py'), 'utf8')).toBe('MODEL = "hy3-preview"\n');
    expect(await fs.readFile(path.join(work, 'scripts/call.sh'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'before/scripts/call.sh'), 'utf8'));
    expect(await fs.readFile(path.join(work, '.github/tokenhub-migration.yml'), 'utf8')).toBe(config);
  });

  it('refuses an invalid config file with exit 2', async () => {
    await fs.mkdir(path.join(work, '.github'), { recursive: true });
    await fs.writeFile(path.join(work, '.github/tokenhub-migration.yml'), 'rules:\n  hunyuan-modle: off\n');
    const r = run(['fix'], work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("hunyuan-modle");
    expect(await fs.readFile(path.join(work, 'java/Client.java'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'before/java/Client.java'), 'utf8'));
  });

  it('exits 0 when nothing is left at or above --fail-on', async () => {
    const r = run(['fix', 'java'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ Fixed 2 replacements in 1 file; 0 suggestions to confirm, 0 findings need a person/);
  });

  it.each([
    [['fix', '--region', 'moon'], "--region must be intl or mainland (got 'moon')"],
    [['fix', '--models', 'gpt-4o=hy3-preview'], "--models: 'gpt-4o' is not a legacy model ID this tool reports"],
    [['fix', '--fail-on', 'sometimes'], '--fail-on must be one of'],
    [['fix', '--frobnicate'], "unknown option '--frobnicate'"],
    [['fix', 'does-not-exist'], 'path does not exist'],
  ])('refuses bad usage %j with exit 2 and writes nothing', async (args, message) => {
    const r = run(args, work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(await fs.readFile(path.join(work, 'java/Client.java'), 'utf8')).toBe(await fs.readFile(path.join(fixtures, 'before/java/Client.java'), 'utf8'));
  });

  it('documents itself', () => {
    const r = run(['fix', '--help'], work);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--models <legacy=new,...>');
    expect(run(['--help'], work).stdout).toContain('fix [paths...] [options]');
  });
});
