import { execFileSync } from 'node:child_process';
import { promises as fs, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan, ScanTargetError } from '../../src/scan/index.js';

const URL = 'https://api.hunyuan.cloud.tencent.com/v1';
let dir: string;

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-bad-'));
});
afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => {});
  await fs.rm(dir, { recursive: true, force: true });
});

const write = async (rel: string, data: string | Buffer) => {
  const p = path.join(dir, rel);
  await fs.mkdir(path.dirname(p), { recursive: true });
  await fs.writeFile(p, data);
  return p;
};
const locate = (r: Awaited<ReturnType<typeof scan>>) => r.findings.map((f) => `${f.path}:${f.line}:${f.column}:${f.ruleId}`);

describe('files that are not plain UTF-8 text', () => {
  it('skips binary files with a note', async () => {
    await write('img.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(URL)]));
    await write('blob.dat', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from(URL)]));
    const r = await scan({ root: dir });
    expect(r.findings).toEqual([]);
    // By its bytes (a NUL in the first block), or by a name whose type is binary by definition (never opened).
    expect(r.skipped).toEqual([
      { path: 'blob.dat', reason: 'binary' },
      { path: 'img.png', reason: 'binary file type (.png)' },
    ]);
  });

  it('skips files over the size cap with their size', async () => {
    await write('big.txt', 'x'.repeat(2048) + URL);
    await write('small.txt', URL);
    const r = await scan({ root: dir, maxFileBytes: 1024 });
    expect(locate(r)).toEqual(['small.txt:1:1:hunyuan-openai-endpoint']);
    expect(r.skipped).toEqual([{ path: 'big.txt', reason: 'larger than 1.0 KiB (2.0 KiB)' }]);
  });

  it('reads CRLF, BOM and invalid UTF-8 with the right line and column', async () => {
    await write('crlf.env', `A=1\r\nB=2\r\nBASE=${URL}\r\n`);
    await write('bom.py', `\uFEFFbase = "${URL}"\n`);
    await write('gbk.py', Buffer.concat([Buffer.from('# \xc4\xe3\xba\xc3\n# '), Buffer.from([0xc4, 0xe3]), Buffer.from(` url="${URL}"\n`)]));
    const r = await scan({ root: dir });
    expect(locate(r)).toEqual([
      'bom.py:1:9:hunyuan-openai-endpoint',
      'crlf.env:3:6:hunyuan-openai-endpoint',
      // Two invalid bytes read as two replacement characters, so the column counts them as two.
      'gbk.py:2:11:hunyuan-openai-endpoint',
    ]);
  });

  it('reads UTF-16 files that start with a BOM', async () => {
    const text = `first line\nbase = "${URL}"\n`;
    await write('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le').swap16();
    await write('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const r = await scan({ root: dir });
    expect(locate(r)).toEqual(['be.txt:2:9:hunyuan-openai-endpoint', 'le.txt:2:9:hunyuan-openai-endpoint']);
  });

  it('finds usage deep inside a 5 MB single-line minified file', async () => {
    const filler = 'var a=function(){return 1};'.repeat(200_000);
    await write('bundle.min.js', `${filler}fetch("${URL}/chat/completions",{model:"hunyuan-lite"});`);
    const r = await scan({ root: dir });
    expect(r.findings.map((f) => [f.line, f.column, f.ruleId])).toEqual([
      [1, filler.length + 8, 'hunyuan-openai-endpoint'],
      [1, filler.length + 8 + URL.length + 27, 'hunyuan-model-not-on-tokenhub'],
    ]);
    expect(r.stats.bytes).toBeGreaterThan(5_000_000);
  });
});

describe('trees that are odd', () => {
  it('does not follow symbolic links, so loops and links out of the root are harmless', async () => {
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'thm-outside-'));
    await fs.writeFile(path.join(outside, 'secret.py'), URL);
    await write('src/a.py', URL);
    await fs.symlink(dir, path.join(dir, 'src', 'loop'));
    await fs.symlink(outside, path.join(dir, 'out'));
    await fs.symlink(path.join(outside, 'secret.py'), path.join(dir, 'link.py'));
    const r = await scan({ root: dir });
    expect(locate(r)).toEqual(['src/a.py:1:1:hunyuan-openai-endpoint']);
    await fs.rm(outside, { recursive: true, force: true });
  });

  it('scans an empty directory to an empty result', async () => {
    const r = await scan({ root: dir });
    expect(r).toMatchObject({ findings: [], skipped: [], stats: { files: 0, bytes: 0 } });
  });

  it('rejects a path that does not exist, or lies outside the root', async () => {
    await expect(scan({ root: path.join(dir, 'nope') })).rejects.toBeInstanceOf(ScanTargetError);
    await expect(scan({ root: dir, paths: ['missing.py'] })).rejects.toThrow('path does not exist: missing.py');
    await expect(scan({ root: dir, paths: [os.tmpdir()] })).rejects.toThrow(/outside the scan root/);
  });

  it('honours .gitignore, default excludes and user excludes, and scans explicit files anyway', async () => {
    await write('.gitignore', 'generated/\n*.log\n');
    await write('generated/a.py', URL);
    await write('debug.log', URL);
    await write('node_modules/pkg/index.js', URL);
    await write('vendor/lib.go', URL);
    await write('sub/.gitignore', 'local.py\n');
    await write('sub/local.py', URL);
    await write('sub/kept.py', URL);
    await write('docs/old.md', URL);
    const all = await scan({ root: dir, exclude: ['docs/**'] });
    expect(locate(all)).toEqual(['sub/kept.py:1:1:hunyuan-openai-endpoint']);
    const explicit = await scan({ root: dir, paths: ['generated/a.py', 'sub'] });
    expect(locate(explicit)).toEqual(['generated/a.py:1:1:hunyuan-openai-endpoint', 'sub/kept.py:1:1:hunyuan-openai-endpoint']);
    const included = await scan({ root: dir, include: ['**/*.md'] });
    expect(locate(included)).toEqual(['docs/old.md:1:1:hunyuan-openai-endpoint']);
  });
});

// Root reads every file whatever its mode, so the unreadable case runs the scan as an unprivileged user.
const canDropPrivileges = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv');
describe.runIf(canDropPrivileges || process.getuid?.() !== 0)('unreadable files', () => {
  it('are skipped with the reason, and the rest is scanned', async () => {
    await write('ok.py', URL);
    const locked = await write('locked.py', URL);
    await fs.chmod(locked, 0o000);
    await fs.chmod(dir, 0o755);
    const cli = path.resolve('dist/cli/index.js');
    const args = [cli, 'scan', dir, '--format', 'json'];
    let out: string;
    try {
      out = canDropPrivileges
        ? execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args], { encoding: 'utf8' })
        : execFileSync(process.execPath, args, { encoding: 'utf8' });
    } catch (err) {
      out = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(out);
    expect(report.findings.map((f: { path: string }) => f.path)).toEqual(['ok.py']);
    expect(report.skipped).toEqual([{ path: 'locked.py', reason: 'unreadable (EACCES)' }]);
  });
});
