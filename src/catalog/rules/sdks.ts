import type { Rule } from '../rule.js';
import { SOURCES as S } from '../sources.js';
import { TOKENHUB_BASE_URL_INTL } from '../models.js';
import { CLOUD_API_HINT, HUNYUAN_ACTIONS, IMAGE_HINT } from './hints.js';
import { examples } from './examples.js';

/** The project manifests that can name an SDK as a dependency (base names). Mirrors MANIFEST_FILE in src/scan/context.ts. */
const MANIFESTS =
  '^(?:go\\.mod|requirements[\\w.-]*\\.txt|pyproject\\.toml|setup\\.py|setup\\.cfg|package\\.json|pom\\.xml|build\\.gradle(?:\\.kts)?|build\\.sbt|composer\\.json|[\\w.-]+\\.csproj|Gemfile|Cargo\\.toml)$';

/** Tencent Cloud SDKs, their legacy actions, LangChain's integration, and the variables that set context. */
/**
 * Between a product and its API version in an SDK's names: Python, Node, Java and C# `.`, JavaScript's optional
 * chaining `?.` (`sdk?.hunyuan?.v20230901?.Client`), Go's import path `/`, PHP `\` (doubled in a string), Ruby `::`.
 */
const SDK_PATH_SEP = '(?:\\?\\.|\\.|/|\\\\{1,2}|::)';

export const SDK_RULES: readonly Rule[] = [
  {
    id: 'hunyuan-sdk-dependency',
    category: 'legacy-sdk',
    severity: 'warning',
    title: 'Project depends on the Tencent Cloud Hunyuan SDK',
    evidenceName: 'Hunyuan SDK dependency',
    anchors: ['hunyuan'],
    // go.mod, requirements/pyproject/setup (pip names fold - and _), package.json, Maven/Gradle, Composer
    // `tencentcloud/hunyuan`, NuGet `TencentCloudSDK.Hunyuan` (and a csproj `<Using Include="TencentCloud.Hunyuan...">`),
    // gem `tencentcloud-sdk-hunyuan`, Cargo's `tencentcloud-hunyuan-sdk` (Tencent has no Rust SDK: a third-party crate
    // for the same v20230901 API). The all-products SDK packages name no product and are not evidence.
    pattern:
      '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?hunyuan|tencentcloud[-_]hunyuan[-_]sdk|TencentCloudSDK\\.Hunyuan|tencentcloud/hunyuan|TencentCloud\\.Hunyuan(?=\\.V20230901|["\']))(?![\\w-])',
    files: MANIFESTS,
    provides: ['hunyuan-cloudapi'],
    shares: 'project',
    message: 'The project depends on the Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired and its image, video and 3D jobs stop on 2026-09-30; remove it once no code calls it.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkManifestNames, S.sdkPythonHunyuan, S.sdkJavaHunyuan, S.migrationGuideIntl, S.hunyuanImageRetirement, S.rustHunyuanCrate],
    examples: examples({
      'go.mod': {
        hit: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'go.mod', text: 'require (\n\tgithub.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan v3.0.1200\n)' }, { path: 'svc/go.mod', text: '\tgithub.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.900 // indirect' }],
        miss: [{ path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.0.1120' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'notes.txt', text: 'github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }],
      },
      pip: {
        hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-hunyuan==3.0.1290' }, { path: 'requirements-dev.txt', text: 'tencentcloud_sdk_python_hunyuan>=3.0' }, { path: 'pyproject.toml', text: 'dependencies = ["tencentcloud-sdk-python-hunyuan>=3.0.1200"]' }],
        miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python>=3.0.900' }, { path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1' }, { path: 'requirements.txt', text: 'hunyuan-video-toolkit==0.1' }],
      },
      'package.json': {
        hit: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-hunyuan": "^4.0.3"}}' }, { path: 'web/package.json', text: '"tencentcloud-sdk-nodejs-hunyuan": "4.1.0",' }, { path: 'package.json', text: '{"devDependencies": {"tencentcloud-sdk-nodejs-hunyuan": "*"}}' }],
        miss: [{ path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs": "^4.0.3"}}' }, { path: 'package.json', text: '{"dependencies": {"openai": "^5.0.0"}}' }, { path: 'package.json', text: '{"name": "hunyuan-chat-ui"}' }],
      },
      jvm: {
        hit: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-hunyuan</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200'" }, { path: 'build.gradle.kts', text: 'implementation("com.tencentcloudapi:tencentcloud-sdk-java-hunyuan:3.1.1200")' }],
        miss: [{ path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java</artifactId>' }, { path: 'pom.xml', text: '<artifactId>tencentcloud-sdk-java-lkeap</artifactId>' }, { path: 'build.gradle', text: "implementation 'com.tencentcloudapi:tencentcloud-sdk-java-common:3.1.1200'" }],
      },
      'other manifests': {
        hit: [{ path: 'composer.json', text: '{"require": {"tencentcloud/hunyuan": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Hunyuan" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-hunyuan', '~> 3.0'" }],
        miss: [{ path: 'composer.json', text: '{"require": {"tencentcloud/tencentcloud-sdk-php": "^3.0"}}' }, { path: 'App.csproj', text: '<PackageReference Include="TencentCloudSDK.Common" Version="3.0.1200" />' }, { path: 'Gemfile', text: "gem 'tencentcloud-sdk-common'" }],
      },
      'Cargo.toml': {
        hit: [
          { path: 'Cargo.toml', text: '[dependencies]\ntencentcloud-hunyuan-sdk = "0.1"' },
          { path: 'crates/llm/Cargo.toml', text: 'tencentcloud-hunyuan-sdk = { version = "0.1.2", features = ["rustls"] }' },
          { path: 'Cargo.toml', text: '[workspace.dependencies]\ntencentcloud_hunyuan_sdk = { path = "../vendor/hunyuan" }' },
        ],
        miss: [
          { path: 'Cargo.toml', text: '[dependencies]\ntencent-sdk = "0.1"' },
          { path: 'Cargo.toml', text: '[package]\nname = "hunyuan-chat"' },
          { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::Client;' },
        ],
      },
    }),
  },
  {
    id: 'lke-sdk-dependency',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Project depends on the Tencent Cloud LKE (lkeap) SDK',
    evidenceName: 'LKE SDK dependency',
    anchors: ['lkeap'],
    pattern: '(?<![\\w-])(?:tencentcloud[-_]sdk[-_](?:python[-_]|nodejs-|java-)?lkeap|TencentCloudSDK\\.Lkeap|tencentcloud/lkeap)(?![\\w-])',
    files: MANIFESTS,
    provides: ['lke-sdk'],
    shares: 'project',
    message: 'The project depends on the Tencent Cloud LKE SDK `{match}`: its DeepSeek chat moves to TokenHub (rerank, embeddings and document parsing stay on lkeap; rerank has no TokenHub path).',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkManifestNames, S.sdkPythonLkeap, S.tencentdbAiMigration],
    examples: examples({
      manifests: {
        hit: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python-lkeap==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap v1.0.1120' }, { path: 'package.json', text: '{"dependencies": {"tencentcloud-sdk-nodejs-lkeap": "^4.0.0"}}' }],
        miss: [{ path: 'requirements.txt', text: 'tencentcloud-sdk-python==3.0.1290' }, { path: 'go.mod', text: 'require github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan v1.0.1120' }, { path: 'src/lke.py', text: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
      },
    }),
  },
  {
    id: 'hunyuan-sdk',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Tencent Cloud SDK for Hunyuan (v20230901)',
    evidenceName: 'Hunyuan SDK',
    anchors: ['v20230901', 'hunyuan'],
    // Python/Node/Java `hunyuan.v20230901`, Go `hunyuan/v20230901` (also the intl SDK), PHP `Hunyuan\V20230901`,
    // C# `Hunyuan.V20230901`, Ruby `Hunyuan::V20230901`; packages tencentcloud-sdk-nodejs-hunyuan, -java-hunyuan, gem tencentcloud-sdk-hunyuan.
    pattern: '(?<![\\w-])hunyuan' + SDK_PATH_SEP + 'v20230901\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?hunyuan(?![\\w-])|\\btencentcloud_hunyuan_sdk\\b',
    // Error where the file or its package makes LLM calls; otherwise (image or 3D jobs only, a manifest) a warning.
    context: { anyOf: ['llm-use'], otherwise: 'warning' },
    provides: ['hunyuan-cloudapi'],
    providesWhenReported: ['hunyuan'],
    shares: 'package',
    message: 'Tencent Cloud Hunyuan SDK `{match}`: its LLM API is retired (its ChatCompletions also searched online by default, EnableEnhancement, and that search is gone), and its image, video and 3D jobs stop on 2026-09-30.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonHunyuan, S.sdkJavaHunyuan, S.sdkNodeHunyuan, S.migrationGuideIntl],
    examples: examples({
      python: {
        hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nclient.ChatCompletions(req)', 'import tencentcloud.hunyuan.v20230901.models as m', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client'],
        miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client', 'from tencentcloud.common import credential', 'from openai import OpenAI  # was hunyuan before'],
      },
      go: {
        hit: ['import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"', 'import "github.com/tencentcloud/tencentcloud-sdk-go-intl-en/tencentcloud/hunyuan/v20230901"', '_ "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"'],
        miss: ['import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"', 'import "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"', 'import "example.com/myhunyuan/v20230901x"'],
      },
      rust: {
        hit: [{ path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk::{Client, Credential};' }, { path: 'src/chat.rs', text: 'use tencentcloud_hunyuan_sdk::models::ChatCompletionsRequest;' }, { path: 'src/main.rs', text: 'let client = tencentcloud_hunyuan_sdk::ClientBuilder::new().build()?;' }],
        miss: [{ path: 'src/main.rs', text: 'use tencent_sdk::Client;' }, { path: 'src/main.rs', text: 'use hunyuan_video::pipeline::Pipeline;' }, { path: 'src/main.rs', text: 'use tencentcloud_hunyuan_sdk_ext::Client;' }],
      },
      'java, js, php, csharp, ruby': {
        hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs-hunyuan';" }, { path: 'a.php', text: 'use TencentCloud\\Hunyuan\\V20230901\\HunyuanClient;' }, { path: 'server.js', text: 'const Client = sdk?.hunyuan?.v20230901?.Client;' }],
        miss: [{ path: 'A.java', text: 'import com.tencentcloudapi.lkeap.v20240522.LkeapClient;' }, { path: 'a.ts', text: "import * as tc from 'tencentcloud-sdk-nodejs';" }, { path: 'a.rb', text: "require 'tencentcloud-sdk-common'" }],
      },
    }),
  },
  {
    id: 'hunyuan-sdk-project-import',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Project-wide import of the Hunyuan SDK (context only)',
    evidenceName: 'project-wide Hunyuan SDK import',
    anchors: ['hunyuan'],
    // C# `global using TencentCloud.Hunyuan.V20230901...;`, a JS/TS index module that re-exports the SDK, a Scala
    // package object importing it: every file of the project gets the SDK's names without importing them.
    pattern:
      '\\bglobal\\s+using\\s+(?:static\\s+)?(?:\\w+\\s*=\\s*)?TencentCloud\\.Hunyuan\\b' +
      '|\\bexport\\s*(?:\\*(?:\\s*as\\s+\\w+)?|\\{[^}\\n]*\\})\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?-hunyuan\\b' +
      '|\\bexport\\s*\\{[^}\\n]*\\bhunyuan\\b[^}\\n]*\\}\\s*from\\s*["\']tencentcloud-sdk-nodejs(?:-intl-en)?["\']',
    signalOnly: true,
    provides: ['hunyuan-cloudapi'],
    shares: 'project',
    message: 'Project-wide Hunyuan SDK import.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkNodeHunyuan, S.sdkJavaHunyuan],
  },
  {
    id: 'hunyuan-sdk-package-object',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Scala package object importing the Hunyuan SDK (context only)',
    evidenceName: 'Hunyuan SDK in a package object',
    anchors: ['v20230901'],
    pattern: '\\bhunyuan\\.v20230901\\b',
    files: '^package\\.scala$',
    signalOnly: true,
    provides: ['hunyuan-cloudapi'],
    shares: 'project',
    message: 'Hunyuan SDK in a package object.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuan],
  },
  {
    id: 'hunyuan-sdk-llm-call',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Hunyuan Cloud API client or LLM action',
    evidenceName: 'Hunyuan Cloud API call',
    anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread', 'hunyuanclient', 'newclient'],
    // Also the SDK client's construction (`hunyuan_client.HunyuanClient(cred, ...)`, `new HunyuanClient(...)`).
    pattern: `\\b(?:New)?(?:${HUNYUAN_ACTIONS})(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["'])|(?<=\\bhunyuan_client\\.|\\bnew\\s+|\\bhunyuan\\.)(?:HunyuanClient|NewClient)(?=\\s*\\()`,
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['hunyuan-cloudapi'], unlessOwn: ['lke-sdk'] },
    providesWhenReported: ['hunyuan'],
    shares: 'package',
    message: 'Hunyuan Cloud API `{match}`: its LLM API is retired, and its image, video and 3D jobs stop on 2026-09-30.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuan, S.sdkPythonHunyuan],
    examples: examples({
      python: {
        hit: ['from tencentcloud.hunyuan.v20230901 import hunyuan_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import models\nreq = models.ChatStdRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
        miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', { text: 'resp = client.chat.completions.create(model=m)', packageText: 'from tencentcloud.hunyuan.v20230901 import hunyuan_client' }],
      },
      'java, go': {
        hit: [{ path: 'A.java', text: 'import com.tencentcloudapi.hunyuan.v20230901.HunyuanClient;\nChatCompletionsResponse r = client.ChatCompletions(req);' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nreq := hunyuan.NewChatCompletionsRequest()' }, { path: 'a.go', text: 'import hunyuan "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/hunyuan/v20230901"\nc, _ := hunyuan.NewClient(cred, "ap-guangzhou", cpf)' }],
        miss: [{ path: 'A.java', text: 'client.ChatCompletions(req);' }, { path: 'a.go', text: 'resp, err := client.CreateChatCompletion(ctx, req)' }, { path: 'a.go', text: 'import lkeap "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lkeap/v20240522"\nreq := lkeap.NewChatCompletionsRequest()' }],
      },
    }),
  },
  {
    id: 'hunyuan-image-job',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Hunyuan image, video or 3D job (retiring 2026-09-30)',
    evidenceName: 'Hunyuan image job',
    anchors: ['hunyuanimage', 'hunyuanto3d', 'texttoimage', 'hunyuantexttovideo', 'hunyuanimagetovideo'],
    pattern:
      '\\b(?:New)?(?:Submit|Query)(?:HunyuanImage(?:Chat)?|HunyuanTo3D(?:Pro|Rapid)?|TextToImage)Job(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])' +
      '|\\b(?:New)?(?:TextToImageLite|HunyuanTextToVideo|HunyuanImageToVideo|HunyuanImageChat)(?=Request\\b|Response\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
    caseSensitive: true,
    // Not in the prefilter: a file calling these jobs imports the aiart or Hunyuan SDK (both anchors), or takes
    // them from its package.
    prefilter: false,
    // TextToImage is a common name; the Hunyuan SDK, the image host or the aiart service in the package decide.
    // Without any of them nothing is reported: a job name alone, with no Tencent SDK in sight, is too weak.
    context: { anyOf: ['hunyuan-cloudapi', 'hunyuan-image'] },
    provides: ['hunyuan-image'],
    message: 'Hunyuan image/video/3D API call `{match}`: these APIs stop taking new purchases on 2026-09-01 and stop on 2026-09-30.',
    replacement: { hint: IMAGE_HINT, evidence: 'confirmed' },
    sources: [S.hunyuanImageRetirement, S.aiartTextToImageJob, S.tokenHubImageApi],
    examples: examples({
      python: {
        hit: ['req = models.SubmitHunyuanImageJobRequest()', 'res = client.QueryHunyuanImageJob(q)', 'job = client.SubmitHunyuanTo3DJob(req)'],
        miss: ['res = client.GetImage(q)', 'submit_image_job(prompt)', 'TEXT_TO_IMAGE = "tokenhub image"'],
      },
      ts: {
        hit: [
          { text: 'const res = await client.TextToImageLite({ Prompt: p });', packageText: "import * as tencentcloud from 'tencentcloud-sdk-nodejs-aiart';" },
          { text: 'await client.SubmitHunyuanImageChatJob(req);', packageText: "const host = 'aiart.tencentcloudapi.com';" },
          "import { aiart } from 'tencentcloud-sdk-nodejs-aiart';\nawait client.QueryHunyuanTo3DJob({ JobId: id });",
        ],
        miss: ["await client.images.generate({ model: 'hy-image-lite', prompt });", "const textToImage = await generate(prompt);", "await client.SubmitJob(req);"],
      },
    }),
  },
  {
    id: 'aiart-sdk-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Tencent Cloud AI art (aiart) SDK or host (context only)',
    anchors: ['aiart'],
    // The aiart service runs the Hunyuan text-to-image jobs, and other image products that are not retiring.
    pattern: '(?<![\\w-])aiart' + SDK_PATH_SEP + 'v20221229\\b|(?<![\\w.-])aiart(?:\\.intl)?\\.tencentcloudapi\\.com|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?aiart(?![\\w-])',
    caseSensitive: false,
    // In the prefilter in place of the image job names: one rare anchor where `texttoimage` and the aiart host
    // were two, and the SDK import is what a file calling those jobs names (the job names take it as context).
    signalOnly: true,
    provides: ['hunyuan-image'],
    shares: 'package',
    message: 'AI art SDK or host.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.aiartTextToImageJob],
  },
  {
    id: 'hunyuan-llm-action-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Hunyuan LLM action name (context only)',
    evidenceName: 'Hunyuan LLM action',
    anchors: ['chatcompletions', 'chatstd', 'chatpro', 'chattranslations', 'getembedding', 'imagequestion', 'createthread', 'runthread'],
    pattern: `(?:${HUNYUAN_ACTIONS})`,
    caseSensitive: true,
    prefilter: false,
    signalOnly: true,
    provides: ['llm-use'],
    // Only raises the severity of what is already legacy (a Hunyuan SDK import or host) in the same package.
    shares: 'package',
    message: 'LLM action name.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkJavaHunyuan],
  },
  {
    id: 'chat-completions-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'ChatCompletions action name (context only)',
    anchors: ['chatcompletions'],
    pattern: 'ChatCompletions',
    caseSensitive: true,
    prefilter: false,
    signalOnly: true,
    provides: ['chat-completions'],
    message: 'ChatCompletions action name.',
    replacement: { hint: '', evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap],
  },
  {
    id: 'lke-sdk-chat',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'Tencent Cloud SDK for LKE (lkeap v20240522) used for DeepSeek chat',
    evidenceName: 'LKE SDK',
    anchors: ['v20240522', 'lkeap'],
    pattern: '(?<![\\w-])lkeap' + SDK_PATH_SEP + 'v20240522\\b|(?<![\\w-])tencentcloud-sdk-(?:nodejs-|java-|python-|go-)?lkeap(?![\\w-])',
    // Importing lkeap alone is not legacy: it also serves rerank, embeddings and document parsing.
    context: { anyOf: ['chat-completions', 'deepseek-model'], reach: 'file' },
    provides: ['lke-sdk'],
    providesWhenReported: ['lke'],
    shares: 'package',
    message: 'Tencent Cloud LKE SDK `{match}` used for DeepSeek chat; the LKE DeepSeek API moves to TokenHub.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap, S.lkeCloudApiDoc, S.migrationGuideIntl],
    examples: examples({
      python: {
        hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client, models\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq.Model = "deepseek-v3"', 'import tencentcloud.lkeap.v20240522.models as m\nm.ChatCompletionsRequest()'],
        miss: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.GetEmbeddingRequest()', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nclient.ChatCompletions(req)'],
      },
    }),
  },
  {
    id: 'lke-sdk-chat-call',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'LKE Cloud API ChatCompletions call',
    evidenceName: 'LKE Cloud API call',
    anchors: ['chatcompletions'],
    pattern: '\\b(?:New)?ChatCompletions(?=Request\\b|Sync\\b|Async\\b|\\s*\\(|["\'])',
    caseSensitive: true,
    prefilter: false,
    context: { anyOf: ['lke-sdk'], noneOf: ['hunyuan-cloudapi'], unlessOwn: ['hunyuan-cloudapi'] },
    providesWhenReported: ['lke'],
    message: 'LKE Cloud API call `{match}` (DeepSeek chat); the LKE DeepSeek API moves to TokenHub.',
    replacement: { hint: CLOUD_API_HINT, evidence: 'confirmed' },
    sources: [S.sdkPythonLkeap, S.lkeCloudApiDoc],
    examples: examples({
      python: {
        hit: ['from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import models\nreq = models.ChatCompletionsRequest()', { text: 'resp = self.client.ChatCompletions(req)', packageText: 'from tencentcloud.lkeap.v20240522 import lkeap_client' }],
        miss: ['resp = client.ChatCompletions(req)', 'from tencentcloud.hunyuan.v20230901 import hunyuan_client\nresp = client.ChatCompletions(req)', 'from tencentcloud.lkeap.v20240522 import lkeap_client\nresp = client.RunRerank(req)'],
      },
    }),
  },
  {
    id: 'langchain-hunyuan',
    category: 'legacy-sdk',
    severity: 'error',
    title: 'LangChain Hunyuan integration',
    evidenceName: 'LangChain Hunyuan client',
    anchors: ['hunyuan'],
    pattern: '\\b(?:ChatHunyuan|HunyuanEmbeddings|ChatTencentHunyuan|TencentHunyuanEmbeddings)\\b|(?:chat_models|embeddings)/tencent_hunyuan\\b',
    caseSensitive: true,
    provides: ['hunyuan', 'llm-use'],
    shares: 'package',
    message: 'LangChain Hunyuan integration `{match}` calls the retired Hunyuan API.',
    replacement: {
      hint: 'Suggestion: LangChain\'s OpenAI chat model (ChatOpenAI) with the TokenHub base URL ' +
        `${TOKENHUB_BASE_URL_INTL}, a TokenHub API key and a TokenHub model ID.`,
      evidence: 'inferred',
    },
    sources: [S.langchainPython, S.langchainJs],
    examples: examples({
      python: {
        hit: ['from langchain_community.chat_models import ChatHunyuan', 'llm = ChatHunyuan(hunyuan_app_id=1)', 'from langchain_community.embeddings import HunyuanEmbeddings'],
        miss: ['from langchain_openai import ChatOpenAI', 'class HunyuanLLM(LLM):', 'llm = ChatOpenAI(model="hy4")'],
      },
      ts: {
        hit: ["import { ChatTencentHunyuan } from '@langchain/community/chat_models/tencent_hunyuan';", "const model = new ChatTencentHunyuan({ model: 'hunyuan-pro' });", "import { TencentHunyuanEmbeddings } from '@langchain/community/embeddings/tencent_hunyuan';"],
        miss: ["import { ChatOpenAI } from '@langchain/openai';", "const chatHunyuanLabel = 'hunyuan';", "import { ChatDeepSeek } from '@langchain/deepseek';"],
      },
    }),
  },
  {
    id: 'hunyuan-env-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'Hunyuan credential variable (context only)',
    anchors: ['hunyuan_'],
    // Env var names are weak signals: they set context for this file's search parameters, never findings, never
    // lent to other files. HUNYUAN_BASE_URL is left out: self-hosted Hunyuan3D and HunyuanVideo servers use it.
    pattern: '\\b(?:TENCENT_|LIU_TENCENT_)?HUNYUAN_(?:API_KEY|APP_ID|SECRET_ID|SECRET_KEY|ENABLE_SPEED_SEARCH)\\b|\\b(?:LIU_)?TENCENT_HUNYUAN_BASE_URL\\b',
    caseSensitive: true,
    signalOnly: true,
    provides: ['hunyuan'],
    message: 'Hunyuan credential variable.',
    replacement: { hint: '', evidence: 'third-party' },
    sources: [S.hunyuanOpenAiDoc, S.lobeChatHunyuan, S.envVarsThirdParty],
  },
  {
    id: 'lke-env-signal',
    category: 'legacy-sdk',
    severity: 'notice',
    title: 'LKE DeepSeek API variable (context only)',
    anchors: ['lkeap_'],
    pattern: '\\b(?:LIU_)?TENCENT_LKEAP_(?:API_KEY|BASE_URL|MODEL)\\b|\\bLKEAP_(?:API_BASE|API_KEY|BASE_URL|MODEL)\\b',
    caseSensitive: true,
    signalOnly: true,
    provides: ['lke'],
    message: 'LKE DeepSeek API variable.',
    replacement: { hint: '', evidence: 'third-party' },
    sources: [S.envVarsThirdParty],
  },
];
