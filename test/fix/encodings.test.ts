import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compileCatalog } from '../../src/scan/index.js';
import { RULES } from '../../src/catalog/index.js';
import { fixBytes, runFix } from '../../src/fix/index.js';

const LEGACY = 'https://api.hunyuan.cloud.tencent.com/v1';
const TOKENHUB = 'https://tokenhub-intl.tencentcloudmaas.com/v1';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

let work: string;

beforeEach(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'thfix-enc-'));
});

afterEach(async () => {
  await fs.rm(work, { recursive: true, force: true });
});

async function fixOne(name: string, bytes: Buffer, mode = 0o644): Promise<Buffer> {
  const file = path.join(work, name);
  await fs.writeFile(file, bytes);
  await fs.chmod(file, mode);
  await runFix({ root: work, region: 'intl' });
  return fs.readFile(file);
}

describe('encodings, line endings and modes', () => {
  it('keeps CRLF line endings and a missing final newline', async () => {
    const before = `base = "${LEGACY}"\r\nmodel = "hunyuan-turbo"\r\nother = 1`;
    const after = await fixOne('crlf.py', Buffer.from(before));
    expect(after.toString('utf8')).toBe(`base = "${TOKENHUB}"\r\nmodel = "hy3-preview"\r\nother = 1`);
  });

  it('keeps mixed line endings as they are', async () => {
    const before = `a = 1\r\nurl = "${LEGACY}"\nb = 2\r\n`;
    const after = await fixOne('mixed.py', Buffer.from(before));
    expect(after.toString('utf8')).toBe(`a = 1\r\nurl = "${TOKENHUB}"\nb = 2\r\n`);
  });

  it('keeps a UTF-8 BOM and non-ASCII text', async () => {
    const body = `# 混元 → TokenHub\nurl = "${LEGACY}"  # 旧接口\n`;
    const after = await fixOne('bom.py', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(after.subarray(3).toString('utf8')).toBe(body.replace(LEGACY, TOKENHUB));
  });

  it('does not add a BOM to a file without one', async () => {
    const after = await fixOne('nobom.py', Buffer.from(`url = "${LEGACY}"\n`));
    expect(after[0]).toBe('u'.charCodeAt(0));
  });

  it('keeps UTF-16 LE with its BOM', async () => {
    const body = `url = "${LEGACY}"\r\nmodel = "hunyuan-standard"\r\n`;
    const after = await fixOne('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    expect([...after.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(after.subarray(2).toString('utf16le')).toBe(`url = "${TOKENHUB}"\r\nmodel = "hy3-preview"\r\n`);
  });

  it('keeps UTF-16 BE with its BOM', async () => {
    const body = `url = "${LEGACY}"\n`;
    const after = await fixOne('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(body)]));
    expect([...after.subarray(0, 2)]).toEqual([0xfe, 0xff]);
    expect(after.equals(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`url = "${TOKENHUB}"\n`)]))).toBe(true);
  });

  it('edits a file that is not valid UTF-8 without touching its other bytes', async () => {
    // "混元" in GBK: not UTF-8, so the bytes must survive exactly.
    const gbk = Buffer.from([0xbb, 0xec, 0xd4, 0xaa]);
    const before = Buffer.concat([Buffer.from('# '), gbk, Buffer.from(`\nurl = "${LEGACY}"\n# `), gbk, Buffer.from('\n')]);
    const after = await fixOne('gbk.py', before);
    expect(after.equals(Buffer.concat([Buffer.from('# '), gbk, Buffer.from(`\nurl = "${TOKENHUB}"\n# `), gbk, Buffer.from('\n')]))).toBe(true);
  });

  it('keeps the executable bit and other modes', async () => {
    const after = await fixOne('run.sh', Buffer.from(`#!/bin/sh\ncurl ${LEGACY}/chat/completions\n`), 0o750);
    expect(after.toString()).toBe(`#!/bin/sh\ncurl ${TOKENHUB}/chat/completions\n`);
    expect((await fs.stat(path.join(work, 'run.sh'))).mode & 0o7777).toBe(0o750);
  });

  it('never touches binary, oversized, symlinked or excluded files', async () => {
    const binary = Buffer.concat([Buffer.from(`${LEGACY}\u0000`), Buffer.from([1, 2, 3])]);
    await fs.writeFile(path.join(work, 'blob.bin'), binary);
    const big = `url = "${LEGACY}"\n${'x'.repeat(2000)}\n`;
    await fs.writeFile(path.join(work, 'big.py'), big);
    // A link to a file outside the root: the fix must not follow it.
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'thfix-outside-'));
    const target = path.join(outside, 'real.py');
    await fs.writeFile(target, `url = "${LEGACY}"\n`);
    await fs.mkdir(path.join(work, 'src'));
    await fs.symlink(target, path.join(work, 'src', 'link.py'));
    await fs.mkdir(path.join(work, 'node_modules', 'dep'), { recursive: true });
    await fs.writeFile(path.join(work, 'node_modules', 'dep', 'index.js'), `const u = "${LEGACY}";\n`);

    const result = await runFix({ root: work, region: 'intl', maxFileBytes: 1000 });
    expect(result.changes).toEqual([]);
    expect(result.skipped.map((s) => `${s.path}: ${s.reason.replace(/\(.*\)/, '').trim()}`)).toEqual(['big.py: larger than 1000 B', 'blob.bin: binary']);
    expect((await fs.readFile(path.join(work, 'blob.bin'))).equals(binary)).toBe(true);
    expect(await fs.readFile(path.join(work, 'big.py'), 'utf8')).toBe(big);
    expect(await fs.readFile(target, 'utf8')).toBe(`url = "${LEGACY}"\n`);
    await fs.rm(outside, { recursive: true, force: true });
    expect((await fs.lstat(path.join(work, 'src', 'link.py'))).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(work, 'node_modules', 'dep', 'index.js'), 'utf8')).toContain(LEGACY);
  });

  it('refuses a file that changed while the fix ran, and leaves the new content', async () => {
    const file = path.join(work, 'racy.py');
    await fs.writeFile(file, `url = "${LEGACY}"\n`);
    await fs.writeFile(path.join(work, 'calm.py'), `url = "${LEGACY}"\n`);
    const result = await runFix({
      root: work,
      region: 'intl',
      beforeWrite: async (rel) => {
        if (rel === 'racy.py') await fs.writeFile(file, `url = "${LEGACY}"  # edited meanwhile\n`);
      },
    });
    expect(result.refused).toEqual([{ path: 'racy.py', reason: 'not fixed: it changed during the run; run the fix again' }]);
    expect(result.changes.map((c) => c.path)).toEqual(['calm.py']);
    expect(await fs.readFile(file, 'utf8')).toBe(`url = "${LEGACY}"  # edited meanwhile\n`);
    expect(await fs.readFile(path.join(work, 'calm.py'), 'utf8')).toBe(`url = "${TOKENHUB}"\n`);
    expect((await fs.readdir(work)).sort()).toEqual(['calm.py', 'racy.py']);
  });

  it('refuses a file whose content changed even when size and time look the same', async () => {
    const file = path.join(work, 'same-size.py');
    const original = `url = "${LEGACY}"  # aaaa\n`;
    await fs.writeFile(file, original);
    const result = await runFix({
      root: work,
      region: 'intl',
      beforeWrite: async () => {
        const st = await fs.stat(file);
        await fs.writeFile(file, original.replace('aaaa', 'bbbb'));
        // Put the old timestamps back: only the content tells.
        await fs.utimes(file, st.atime, st.mtime);
      },
    });
    expect(result.refused.map((r) => r.path)).toEqual(['same-size.py']);
    expect(await fs.readFile(file, 'utf8')).toBe(original.replace('aaaa', 'bbbb'));
  });
});

describe('fixBytes', () => {
  const catalog = compileCatalog(RULES);

  it('skips text it cannot write back byte for byte', () => {
    // A UTF-16 LE file with an odd byte count: the last byte has no partner.
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`u = "${LEGACY}"`, 'utf16le'), Buffer.from([0x41])]);
    expect(fixBytes(bytes, 'odd.txt', catalog, { region: 'intl' })).toEqual({ kind: 'skipped', reason: 'cannot be rewritten byte for byte (utf-16le)' });
  });

  it('reports a clean file as clean without decoding it', () => {
    expect(fixBytes(Buffer.from('print("hello")\n'), 'a.py', catalog, { region: 'intl' })).toEqual({ kind: 'clean' });
  });

  it('leaves a file with only manual findings unchanged', () => {
    const bytes = Buffer.from('from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nreq = models.ChatCompletionsRequest()\n');
    const out = fixBytes(bytes, 'a.py', catalog, { region: 'intl' });
    expect(out.kind).toBe('unchanged');
    if (out.kind !== 'unchanged') return;
    expect(out.bytes.equals(bytes)).toBe(true);
    expect(out.remaining.map((r) => r.finding.ruleId)).toEqual(['hunyuan-sdk', 'hunyuan-sdk-llm-call']);
  });
});
