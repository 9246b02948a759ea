/**
 * The files of the `fix --sdk` bench: about 1 MB of Python and of TypeScript, each holding many Tencent Cloud chat
 * clients of both services (Hunyuan v20230901 and LKE lkeap v20240522) in the shapes of Tencent's examples and of
 * application code: sync and async clients, streaming and not, requests built from json.dumps, by attributes, with
 * models.Message objects, as object literals or from a history that grows, clients on self/this and in functions,
 * responses read as objects and as decoded JSON. Every block varies its names, models, prompts and settings, so the
 * rewrite does real work on each and no two blocks are the same text.
 */

const MODELS = ['hunyuan-turbo', 'hunyuan-pro', 'hunyuan-standard', 'hunyuan-lite', 'hunyuan-role'];
const LKE_MODELS = ['deepseek-v3', 'deepseek-r1'];
const REGIONS = ['ap-guangzhou', 'ap-beijing', 'ap-shanghai'];
const TOPICS = ['invoices', 'refunds', 'shipping', 'accounts', 'reports', 'alerts', 'billing', 'search'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

const PY_HEADER = `# Support assistant: many Tencent Cloud chat clients in one module.
import asyncio
import json
import logging
import os

from tencentcloud.common import credential
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
from tencentcloud.hunyuan.v20230901 import hunyuan_client, hunyuan_client_async, models
from tencentcloud.lkeap.v20240522 import lkeap_client, lkeap_client_async, models as lkeap_models

logger = logging.getLogger(__name__)
`;

/** Six Python shapes; block `i` uses shape i % 6, so each kind appears about as often as the others. */
const PY_SHAPES: Array<(i: number) => string> = [
  // Hunyuan sync, profiles, request from json.dumps, streaming loop over SSE events.
  (i) => `

def stream_${i}(question):
    cred = credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"])
    http_profile = HttpProfile()
    http_profile.endpoint = "hunyuan.tencentcloudapi.com"
    http_profile.reqTimeout = ${30 + (i % 90)}
    profile = ClientProfile()
    profile.httpProfile = http_profile
    client = hunyuan_client.HunyuanClient(cred, "${pick(REGIONS, i)}", profile)
    req = models.ChatCompletionsRequest()
    params = {
        "Model": "${pick(MODELS, i)}",
        "Messages": [{"Role": "system", "Content": "You answer questions about ${pick(TOPICS, i)} (${i})."}, {"Role": "user", "Content": question}],
        "Stream": True,
        "Temperature": 0.${i % 10},
        "TopP": 0.${(i + 3) % 10},
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
        logger.error("stream ${i} failed: %s", err)
        return ""
`,
  // Hunyuan sync client on self, request by attributes with models.Message, response read as objects.
  (i) => `

class ${pick(TOPICS, i).replace(/^./, (c) => c.toUpperCase())}Assistant${i}:
    def __init__(self):
        self.client = hunyuan_client.HunyuanClient(credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"]), "${pick(REGIONS, i + 1)}")

    def ask(self, question):
        req = models.ChatCompletionsRequest()
        req.Model = "${pick(MODELS, i + 1)}"
        system = models.Message()
        system.Role = "system"
        system.Content = "Keep answers about ${pick(TOPICS, i)} short (${i})."
        msg = models.Message()
        msg.Role = "user"
        msg.Content = question
        req.Messages = [system, msg]
        resp = self.client.ChatCompletions(req)
        logger.info("used %s tokens", resp.Usage.TotalTokens)
        return resp.Choices[0].Message.Content, resp.Choices[0].FinishReason
`,
  // Hunyuan async client, ClientProfile timeout, async streaming.
  (i) => `

async def chat_async_${i}(question):
    cpf = ClientProfile()
    cpf.httpProfile.reqTimeout = ${60 + (i % 300)}
    cred = credential.Credential(os.environ.get("TENCENTCLOUD_SECRET_ID"), os.environ.get("TENCENTCLOUD_SECRET_KEY"))
    client = hunyuan_client_async.HunyuanClient(cred, "${pick(REGIONS, i + 2)}", cpf)
    req = models.ChatCompletionsRequest()
    req.Model = "${pick(MODELS, i + 2)}"
    msg = models.Message()
    msg.Role = "user"
    msg.Content = "${pick(TOPICS, i + 1)} ${i}: " + question
    req.Messages = [msg]
    req.Stream = True
    resp = await client.ChatCompletions(req)
    parts = []
    async for event in resp:
        data = json.loads(event["data"])
        for choice in data["Choices"]:
            parts.append(choice["Delta"]["Content"])
    return "".join(parts)
`,
  // LKE sync, not streaming, the response decoded from JSON.
  (i) => `

def deepseek_${i}(question):
    try:
        cred = credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"])
        http_profile = HttpProfile()
        http_profile.endpoint = "lkeap.tencentcloudapi.com"
        http_profile.reqTimeout = ${90 + (i % 60)}
        client_profile = ClientProfile()
        client_profile.httpProfile = http_profile
        client = lkeap_client.LkeapClient(cred, "${pick(REGIONS, i)}", client_profile)
        req = lkeap_models.ChatCompletionsRequest()
        params = {
            "Model": "${pick(LKE_MODELS, i)}",
            "Messages": [{"Role": "user", "Content": question}],
            "Stream": False,
        }
        req.from_json_string(json.dumps(params))
        resp = client.ChatCompletions(req)
        answer = json.loads(resp.to_json_string())
        print("tokens:", answer["Usage"]["TotalTokens"])
        return answer["Choices"][0]["Message"]["Content"]
    except TencentCloudSDKException as err:
        print(err)
        return None
`,
  // LKE async streaming.
  (i) => `

async def deepseek_stream_${i}(question):
    cred = credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"])
    client = lkeap_client_async.LkeapClient(cred, "${pick(REGIONS, i + 1)}")
    req = lkeap_models.ChatCompletionsRequest()
    req.from_json_string(json.dumps({"Model": "${pick(LKE_MODELS, i + 1)}", "Messages": [{"Role": "user", "Content": question}], "Stream": True}))
    resp = await client.ChatCompletions(req)
    async for event in resp:
        chunk = json.loads(event["data"])
        print(chunk["Choices"][0]["Delta"]["Content"], end="")
`,
  // Hunyuan sync with a history that grows before the call (messages list with append).
  (i) => `

def converse_${i}(history, question):
    cred = credential.Credential(os.environ["TENCENTCLOUD_SECRET_ID"], os.environ["TENCENTCLOUD_SECRET_KEY"])
    client = hunyuan_client.HunyuanClient(cred, "")
    messages = [{"Role": "system", "Content": "You are the ${pick(TOPICS, i + 2)} desk (${i})."}]
    for user, assistant in history:
        messages.append({"Role": "user", "Content": user})
        messages.append({"Role": "assistant", "Content": assistant})
    messages.append({"Role": "user", "Content": question})
    req = models.ChatCompletionsRequest()
    req.Model = "${pick(MODELS, i + 3)}"
    req.Messages = messages
    req.Temperature = 0.${(i + 5) % 10}
    resp = client.ChatCompletions(req)
    return resp.Choices[0].Message.Content
`,
];

const TS_HEADER = `// Support assistant: many Tencent Cloud chat clients in one module.
import * as tencentcloud from "tencentcloud-sdk-nodejs";

const HunyuanClient = tencentcloud.hunyuan.v20230901.Client;
const LkeapClient = tencentcloud.lkeap.v20240522.Client;
`;

const cap = (s: string) => s.replace(/^./, (c) => c.toUpperCase());

/** Four TypeScript shapes, as in the Node SDK's examples and in services. */
const TS_SHAPES: Array<(i: number) => string> = [
  // A service class: a client on this, a history that grows, and a streaming generator.
  (i) => `

export class ${cap(pick(TOPICS, i))}Service${i} {
  private client;

  constructor(private readonly model = "${pick(MODELS, i)}") {
    this.client = new HunyuanClient({
      credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
      region: "${pick(REGIONS, i)}",
    });
  }

  async ask(question: string, history: Array<[string, string]>): Promise<string> {
    const messages = [{ Role: "system", Content: "You answer about ${pick(TOPICS, i)} (${i})." }];
    for (const [user, assistant] of history) {
      messages.push({ Role: "user", Content: user });
      messages.push({ Role: "assistant", Content: assistant });
    }
    messages.push({ Role: "user", Content: question });
    const res = await this.client.ChatCompletions({ Model: this.model, Messages: messages });
    return res.Choices[0].Message.Content;
  }

  async *stream(question: string): AsyncGenerator<string> {
    const res = await this.client.ChatCompletions({
      Model: this.model,
      Messages: [{ Role: "user", Content: question }],
      Stream: true,
    });
    for await (const event of res) {
      const chunk = JSON.parse(event.data);
      yield chunk.Choices[0].Delta.Content;
    }
  }
}
`,
  // LKE in a function: a config object, not streaming, usage read back.
  (i) => `

export async function deepseek${i}(question: string): Promise<string> {
  const client = new LkeapClient({
    credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
    region: "${pick(REGIONS, i + 1)}",
    profile: { httpProfile: { endpoint: "lkeap.tencentcloudapi.com", reqTimeout: ${60 + (i % 120)} } },
  });
  try {
    const res = await client.ChatCompletions({
      Model: "${pick(LKE_MODELS, i)}",
      Messages: [
        { Role: "system", Content: "Answer about ${pick(TOPICS, i + 1)} in one sentence (${i})." },
        { Role: "user", Content: question },
      ],
      Temperature: 0.${i % 10},
    });
    console.log("tokens:", res.Usage.TotalTokens);
    return res.Choices[0].Message.Content;
  } catch (err) {
    console.error("deepseek ${i} failed:", (err as Error).message);
    return "";
  }
}
`,
  // Hunyuan streaming with a params const, as in Tencent's Node example.
  (i) => `

export async function streamJoke${i}(topic: string): Promise<string> {
  const client = new HunyuanClient({
    credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
    region: "",
    profile: { httpProfile: { reqTimeout: ${100 + (i % 300)} } },
  });
  const params = {
    Model: "${pick(MODELS, i + 2)}",
    Messages: [{ Role: "user", Content: "Tell me a joke about " + topic + " (${i})" }],
    Stream: true,
    TopP: 0.${(i + 1) % 10},
  };
  const res = await client.ChatCompletions(params);
  let full = "";
  for await (const event of res) {
    const data = JSON.parse(event.data);
    full += data.Choices[0].Delta.Content;
  }
  return full;
}
`,
  // LKE streaming with the full namespace path.
  (i) => `

export async function reason${i}(question: string): Promise<void> {
  const client = new tencentcloud.lkeap.v20240522.Client({
    credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
    region: "${pick(REGIONS, i + 2)}",
  });
  const res = await client.ChatCompletions({ Model: "${pick(LKE_MODELS, i + 1)}", Messages: [{ Role: "user", Content: question }], Stream: true });
  for await (const event of res) {
    const chunk = JSON.parse(event.data);
    process.stdout.write(chunk.Choices[0].Delta.Content ?? "");
  }
}
`,
];

/** Clients per shape (the TypeScript service class holds one client used by two methods). */
const PY_CLIENTS = [1, 1, 1, 1, 1, 1];
const TS_CLIENTS = [1, 1, 1, 1];

export interface BenchFile {
  name: string;
  text: string;
  clients: number;
}

function build(name: string, header: string, shapes: Array<(i: number) => string>, clientsPer: number[], bytes: number): BenchFile {
  const parts = [header];
  let length = header.length;
  let clients = 0;
  for (let i = 0; length < bytes; i++) {
    const block = shapes[i % shapes.length]!(i);
    parts.push(block);
    length += block.length;
    clients += clientsPer[i % shapes.length]!;
  }
  return { name, text: parts.join(''), clients };
}

export function pythonFile(bytes = 1_000_000): BenchFile {
  return build('many_clients.py', PY_HEADER, PY_SHAPES, PY_CLIENTS, bytes);
}

export function typescriptFile(bytes = 1_000_000): BenchFile {
  return build('many_clients.ts', TS_HEADER, TS_SHAPES, TS_CLIENTS, bytes);
}
