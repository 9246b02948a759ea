/**
 * Bench case for `fix --sdk`: one generated Python file of about 1 MB holding many Tencent Cloud chat clients
 * (functions and classes, streaming and not), rewritten by the bundled CLI (`fix --sdk --dry-run`, Node 24, start-up
 * included). Target: under 1 s. Run alone with `npm run bench:sdk`; `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(REPO, 'dist', 'cli', 'index.js');
const NODE24 = path.join(REPO, 'node_modules', 'node', 'bin', 'node');

const HEADER = `import json
import os

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.hunyuan.v20230901 import hunyuan_client, models
`;

/** One block: a function with its own client (streaming) and a class with a client on self (not streaming). */
function block(i: number): string {
  return `

def ask_${i}(question):
    cred = credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"])
    http_profile = HttpProfile()
    http_profile.endpoint = "hunyuan.tencentcloudapi.com"
    http_profile.reqTimeout = 60
    profile = ClientProfile()
    profile.httpProfile = http_profile
    client = hunyuan_client.HunyuanClient(cred, "ap-guangzhou", profile)
    req = models.ChatCompletionsRequest()
    params = {
        "Model": "hunyuan-turbo",
        "Messages": [{"Role": "system", "Content": "prompt ${i}"}, {"Role": "user", "Content": question}],
        "Stream": True,
        "Temperature": 0.${i % 10},
    }
    req.from_json_string(json.dumps(params))
    try:
        resp = client.ChatCompletions(req)
        text = ""
        for event in resp:
            data = json.loads(event["data"])
            text += data["Choices"][0]["Delta"]["Content"]
        return text
    except TencentCloudSDKException as err:
        print(err)
        return ""


class Service${i}:
    def __init__(self):
        self.client = hunyuan_client.HunyuanClient(credential.Credential("id", "key"), "ap-beijing")

    def ask(self, question):
        req = models.ChatCompletionsRequest()
        req.Model = "hunyuan-pro"
        msg = models.Message()
        msg.Role = "user"
        msg.Content = question
        req.Messages = [msg]
        resp = self.client.ChatCompletions(req)
        return resp.Choices[0].Message.Content, resp.Usage.TotalTokens
`;
}

export function generate(bytes = 1_000_000): { text: string; clients: number } {
  let text = HEADER;
  let i = 0;
  while (text.length < bytes) text += block(i++);
  return { text, clients: i * 2 };
}

export interface SdkBenchResult {
  name: string;
  fileBytes: number;
  clients: number;
  converted: number;
  refused: number;
  median: number;
  min: number;
  max: number;
  /** The reference measured in the same hyperfine run: Node start, the runtime and grammar loaded, one parse. */
  parseOnly: { median: number; min: number; max: number };
  /** median / parseOnly.median: what the rewrite costs against the parse, whatever else loads the machine. */
  ratio: number;
  loadAverage: number;
  met: boolean;
}

export function runSdkBench(runs = 5): SdkBenchResult {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'tokenhub-bench-sdk-'));
  try {
    const dir = path.join(tmp, 'repo');
    mkdirSync(dir);
    const { text, clients } = generate();
    writeFileSync(path.join(dir, 'many_clients.py'), text);
    const argv = [NODE24, CLI, 'fix', '--sdk', '--dry-run', '--no-color', '--max-file-size', '2000000', 'many_clients.py'];
    const check = spawnSync(argv[0]!, argv.slice(1), { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const counts = /Tencent Cloud SDK chat clients: (\d+) converted, (\d+) refused/.exec(check.stderr);
    if (!counts) throw new Error(`fix --sdk did not report its clients:\n${check.stderr.slice(0, 2000)}`);
    const json = path.join(tmp, 'hyperfine.json');
    const quote = (args: string[]) => args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const reference = [NODE24, path.join(REPO, 'bench', 'sdk-parse-only.mjs'), 'many_clients.py'];
    const r = spawnSync(
      'hyperfine',
      ['--shell=none', '--warmup', '1', '--runs', String(runs), '--ignore-failure', '--style', 'basic', '--export-json', json, quote(argv), quote(reference)],
      { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (r.status !== 0) throw new Error(`hyperfine failed (${r.status})`);
    const [h, ref] = (JSON.parse(readFileSync(json, 'utf8')) as { results: Array<{ median: number; min: number; max: number }> }).results as [
      { median: number; min: number; max: number },
      { median: number; min: number; max: number },
    ];
    return {
      name: `fix --sdk --dry-run, one ${(text.length / 1e6).toFixed(2)} MB Python file, ${clients} clients (CLI, Node 24)`,
      fileBytes: text.length,
      clients,
      converted: Number(counts[1]),
      refused: Number(counts[2]),
      median: h.median,
      min: h.min,
      max: h.max,
      parseOnly: { median: ref.median, min: ref.min, max: ref.max },
      ratio: h.median / ref.median,
      loadAverage: os.loadavg()[0]!,
      met: h.median < 1 && Number(counts[1]) === clients,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith(`${path.sep}sdk-rewrite.ts`)) {
  const r = runSdkBench();
  process.stdout.write(
    `${r.name}: median ${r.median.toFixed(3)} s (min ${r.min.toFixed(3)}, max ${r.max.toFixed(3)}); ${r.converted} converted, ${r.refused} refused; ` +
      `reference (Node start, grammar load, one parse of the file): median ${r.parseOnly.median.toFixed(3)} s; ratio ${r.ratio.toFixed(2)}; ` +
      `target < 1 s with every client converted: ${r.met ? 'met' : 'NOT met'}; load average ${r.loadAverage.toFixed(2)}\n`,
  );
}
