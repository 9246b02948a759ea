/**
 * Text for the benchmark corpus: source, config and docs in several languages, built from templates with
 * seeded identifiers. Files are assembled from pools of pre-built blocks, so generating a gigabyte is
 * mostly string joining.
 */
import type { Random } from './random.js';

export type Lang =
  | 'ts' | 'js' | 'py' | 'go' | 'java' | 'kt' | 'rb' | 'php' | 'cs' | 'rs'
  | 'md' | 'json' | 'yaml' | 'toml' | 'html' | 'css' | 'sh' | 'txt' | 'env';

const WORDS = (
  'account active adapter address agent alert amount api app archive asset audit auth backup balance batch billing block ' +
  'bucket buffer build cache call card cart channel chart check client cluster code column config connection consumer ' +
  'context count coupon cursor customer dashboard data date debug delivery device digest dispatch document domain draft ' +
  'email engine entry error event export feature feed field file filter flag format frame gateway graph group handler ' +
  'header health history host image import index input invoice item job journal key label layout ledger limit link ' +
  'list loader locale lock log manager map market media member menu merge message meta metric mode model module monitor ' +
  'node note notice number offer option order owner package page panel parser partner payload payment permission ' +
  'pipeline plan policy pool post price print process product profile project prompt provider proxy query queue quota ' +
  'rate reader record region report request resource response result retry role route rule schedule schema scope ' +
  'score search secret section segment sender service session setting shard shipment signal source span stage state ' +
  'status step storage store stream subscriber summary supplier table tag task team template tenant thread ticket ' +
  'timer token topic trace tracker transfer update upload usage user value vendor version view visit wallet webhook ' +
  'widget worker workflow zone'
).split(' ');

const PROSE = (
  'the a this that service request returns value when which user data each new should must can will may not only ' +
  'also before after during within between configuration deployment release feature behaviour error handling ' +
  'support version update client server cache queue timeout retry limit response document example section note'
).split(' ');

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

class Names {
  private readonly r: Random;
  constructor(r: Random) {
    this.r = r;
  }
  word(): string {
    return this.r.pick(WORDS);
  }
  camel(): string {
    return this.word() + cap(this.word());
  }
  pascal(): string {
    return cap(this.word()) + cap(this.word());
  }
  snake(): string {
    return `${this.word()}_${this.word()}`;
  }
  num(): number {
    return this.r.int(1, 9999);
  }
  sentence(min = 8, max = 22): string {
    const n = this.r.int(min, max);
    const w: string[] = [];
    for (let i = 0; i < n; i++) w.push(this.r.next() < 0.3 ? this.word() : this.r.pick(PROSE));
    return cap(w.join(' ')) + '.';
  }
}

type Block = (n: Names, r: Random) => string;

const BLOCKS: Record<Lang, Block> = {
  ts: (n, r) => {
    const cls = n.pascal();
    const a = n.camel();
    const b = n.camel();
    return `
/** ${n.sentence()} */
export interface ${cls}Options {
  ${a}: string;
  ${b}?: number;
  retries: number;
}

export class ${cls} {
  private readonly cache = new Map<string, ${cls}Options>();

  constructor(private readonly ${a}: string, private ${b} = ${n.num()}) {}

  async ${n.camel()}(input: ${cls}Options): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < input.retries; i++) {
      if (this.cache.has(input.${a})) break;
      const ${n.word()} = await fetch(\`/api/${n.word()}/\${input.${a}}?page=\${i}\`);
      out.push(String(${n.word()}).slice(0, ${r.int(8, 120)}));
    }
    this.cache.set(input.${a}, input);
    return out.filter((x) => x.length > ${r.int(0, 4)});
  }
}
`;
  },
  js: (n, r) => {
    const f = n.camel();
    return `
// ${n.sentence()}
export function ${f}(${n.word()}, options = {}) {
  const { ${n.word()} = ${r.int(1, 100)}, ${n.word()}Limit = ${n.num()} } = options;
  const result = [];
  for (const item of ${n.word()}List ?? []) {
    if (item && item.${n.word()} !== undefined) result.push({ ...item, ${n.word()}: Date.now() });
  }
  return result.sort((a, b) => a.${n.word()} - b.${n.word()});
}

module.exports.${n.camel()} = async function (req, res) {
  const ${n.word()} = await db.collection('${n.word()}s').find({ ${n.word()}: req.params.id }).toArray();
  res.json({ ok: true, count: ${n.word()}.length });
};
`;
  },
  py: (n, r) => {
    const cls = n.pascal();
    return `

class ${cls}:
    """${n.sentence()}"""

    def __init__(self, ${n.snake()}: str, ${n.snake()}: int = ${r.int(1, 500)}) -> None:
        self._${n.word()} = {}
        self.${n.snake()} = None

    def ${n.snake()}(self, ${n.word()}, *, timeout: float = ${r.int(1, 60)}.0):
        # ${n.sentence(4, 10)}
        results = []
        for index, ${n.word()} in enumerate(${n.word()}):
            if index > ${r.int(2, 200)}:
                break
            results.append({"${n.word()}": ${n.word()}, "index": index})
        return [r for r in results if r]


def ${n.snake()}(${n.word()}, ${n.word()}=None):
    logger.info("processing %s", ${n.word()})
    return ${cls}("${n.word()}").${n.snake()}([${n.word()}])
`;
  },
  go: (n, r) => {
    const t = n.pascal();
    return `
// ${t} ${n.sentence(6, 14)}
type ${t} struct {
	${cap(n.word())} string
	${cap(n.word())} int
	mu    sync.Mutex
}

func (s *${t}) ${n.pascal()}(ctx context.Context, ${n.word()} string) ([]string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, ${r.int(2, 64)})
	for i := 0; i < ${r.int(2, 30)}; i++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("${n.word()} ${n.word()}: %w", err)
		}
		out = append(out, fmt.Sprintf("%s-%d", ${n.word()}, i))
	}
	return out, nil
}
`;
  },
  java: (n, r) => {
    const c = n.pascal();
    return `
    /**
     * ${n.sentence()}
     */
    public List<${c}> ${n.camel()}(String ${n.word()}, int ${n.word()}Limit) {
        List<${c}> result = new ArrayList<>();
        for (int i = 0; i < ${r.int(2, 100)}; i++) {
            ${c} item = ${n.word()}Repository.findBy${n.pascal()}(${n.word()}, i);
            if (item != null && item.get${n.pascal()}() != null) {
                result.add(item);
            }
        }
        log.debug("${n.word()} {} returned {}", ${n.word()}, result.size());
        return Collections.unmodifiableList(result);
    }
`;
  },
  kt: (n, r) => `
/** ${n.sentence()} */
data class ${n.pascal()}(val ${n.camel()}: String, val ${n.camel()}: Int = ${r.int(0, 99)})

fun ${n.camel()}(items: List<${n.pascal()}>): Map<String, Int> =
    items.filter { it.${n.camel()}.isNotBlank() }.groupingBy { it.${n.camel()} }.eachCount()
`,
  rb: (n, r) => `
  # ${n.sentence()}
  def ${n.snake()}(${n.word()}, options = {})
    ${n.word()} = options.fetch(:${n.word()}, ${r.int(1, 50)})
    @${n.word()}s.each_with_object([]) do |item, acc|
      acc << item.${n.word()} if item.respond_to?(:${n.word()})
    end
  end
`,
  php: (n, r) => `
    /**
     * ${n.sentence()}
     */
    public function ${n.camel()}(array $${n.word()}, int $limit = ${r.int(1, 100)}): array
    {
        $result = [];
        foreach ($${n.word()} as $key => $value) {
            if (isset($value['${n.word()}'])) {
                $result[$key] = $this->${n.word()}Service->${n.camel()}($value);
            }
        }
        return array_slice($result, 0, $limit);
    }
`,
  cs: (n, r) => `
        /// <summary>${n.sentence()}</summary>
        public async Task<IReadOnlyList<${n.pascal()}>> ${n.pascal()}Async(string ${n.word()}, CancellationToken ct)
        {
            var items = await _${n.word()}Repository.ListAsync(${n.word()}, ${r.int(1, 500)}, ct);
            return items.Where(x => x.${n.pascal()} != null).OrderBy(x => x.${n.pascal()}).ToList();
        }
`,
  rs: (n, r) => `
/// ${n.sentence()}
pub fn ${n.snake()}(${n.word()}: &[${n.pascal()}], limit: usize) -> Vec<String> {
    ${n.word()}
        .iter()
        .filter(|x| x.${n.word()} > ${r.int(0, 100)})
        .take(limit)
        .map(|x| format!("{}:{}", x.${n.word()}, x.${n.word()}))
        .collect()
}
`,
  md: (n, r) => {
    const lines = [`\n## ${cap(n.word())} ${n.word()}\n`];
    for (let i = r.int(2, 5); i > 0; i--) lines.push(n.sentence(12, 40) + ' ' + n.sentence(8, 30) + '\n');
    if (r.next() < 0.4) lines.push(`\n\`\`\`bash\nnpm run ${n.word()} -- --${n.word()}=${n.num()}\n\`\`\`\n`);
    if (r.next() < 0.3) lines.push(`\n| ${n.word()} | ${n.word()} | default |\n| --- | --- | --- |\n| \`${n.camel()}\` | ${n.sentence(3, 6)} | ${n.num()} |\n`);
    return lines.join('\n');
  },
  json: (n, r) => `  "${n.camel()}": {\n    "${n.word()}": "${n.word()}-${n.num()}",\n    "enabled": ${r.next() < 0.5},\n    "limit": ${n.num()},\n    "tags": ["${n.word()}", "${n.word()}", "${n.word()}"]\n  },\n`,
  yaml: (n, r) => `${n.snake()}:\n  ${n.word()}: ${n.word()}-${n.num()}\n  enabled: ${r.next() < 0.5}\n  replicas: ${r.int(1, 12)}\n  env:\n    - name: ${n.word().toUpperCase()}_${n.word().toUpperCase()}\n      value: "${n.word()}"\n`,
  toml: (n, r) => `\n[${n.snake()}]\n${n.word()} = "${n.word()}"\nlimit = ${n.num()}\nenabled = ${r.next() < 0.5}\n`,
  html: (n) => `  <section class="${n.word()}-${n.word()}">\n    <h2>${cap(n.word())} ${n.word()}</h2>\n    <p>${n.sentence()}</p>\n    <a href="/${n.word()}/${n.word()}">${n.word()}</a>\n  </section>\n`,
  css: (n, r) => `.${n.word()}-${n.word()} {\n  display: flex;\n  margin: ${r.int(0, 32)}px ${r.int(0, 32)}px;\n  color: #${r.int(0x100000, 0xffffff).toString(16)};\n}\n`,
  sh: (n) => `\n# ${n.sentence(4, 10)}\nif [ -n "\${${n.word().toUpperCase()}:-}" ]; then\n  ${n.word()} --${n.word()} "$1" | grep -v ${n.word()} > "/tmp/${n.word()}.out"\nfi\n`,
  txt: (n) => n.sentence(10, 30) + '\n' + n.sentence(10, 30) + '\n\n',
  env: (n) => `${n.word().toUpperCase()}_${n.word().toUpperCase()}=${n.word()}-${n.num()}\n`,
};

const HEADERS: Partial<Record<Lang, (n: Names) => string>> = {
  ts: (n) => `import { ${n.pascal()} } from '../${n.word()}/${n.word()}.js';\nimport type { ${n.pascal()} } from './types.js';\n`,
  js: (n) => `'use strict';\nconst ${n.word()} = require('./${n.word()}');\n`,
  py: (n) => `import logging\nfrom typing import Any\n\nfrom .${n.word()} import ${n.pascal()}\n\nlogger = logging.getLogger(__name__)\n`,
  go: (n) => `package ${n.word()}\n\nimport (\n\t"context"\n\t"fmt"\n\t"sync"\n)\n`,
  java: (n) => `package com.example.${n.word()};\n\nimport java.util.*;\n\npublic class ${n.pascal()}Service {\n`,
  php: (n) => `<?php\n\nnamespace App\\${cap(n.word())};\n\nclass ${n.pascal()}Controller\n{\n`,
  cs: (n) => `using System.Linq;\n\nnamespace Example.${cap(n.word())}\n{\n    public class ${n.pascal()}Service\n    {\n`,
  rb: (n) => `class ${n.pascal()}\n`,
  json: () => '{\n',
  html: (n) => `<!doctype html>\n<html lang="en">\n<head><title>${cap(n.word())}</title></head>\n<body>\n`,
  sh: () => '#!/usr/bin/env bash\nset -euo pipefail\n',
  md: (n) => `# ${cap(n.word())} ${n.word()}\n`,
};

const FOOTERS: Partial<Record<Lang, string>> = {
  java: '}\n',
  php: '}\n',
  cs: '    }\n}\n',
  rb: 'end\n',
  json: '  "_": null\n}\n',
  html: '</body>\n</html>\n',
};

/** Pools of pre-built blocks per language. */
export class TextFactory {
  private readonly pools = new Map<Lang, string[]>();
  private readonly names: Names;
  private readonly r: Random;

  constructor(r: Random) {
    this.r = r;
    this.names = new Names(r);
  }

  private pool(lang: Lang): string[] {
    let p = this.pools.get(lang);
    if (!p) {
      p = [];
      for (let i = 0; i < 300; i++) p.push(BLOCKS[lang](this.names, this.r));
      this.pools.set(lang, p);
    }
    return p;
  }

  /** A file of about `size` bytes, with `extra` blocks placed at random points among the generated ones. */
  file(lang: Lang, size: number, extra: string[] = []): string {
    const parts: string[] = [];
    const header = HEADERS[lang]?.(this.names) ?? '';
    parts.push(header);
    let len = header.length;
    const pool = this.pool(lang);
    while (len < size) {
      const b = this.r.pick(pool);
      parts.push(b);
      len += b.length;
    }
    for (const e of extra) parts.splice(this.r.int(1, parts.length), 0, e);
    parts.push(FOOTERS[lang] ?? '');
    return parts.join('');
  }

  /** One line of minified JavaScript of about `size` bytes, with `extra` inserted in the middle. */
  minified(size: number, extra: string[] = []): string {
    const pool = this.pool('js').map((b) => b.replace(/\/\/[^\n]*/g, '').replace(/\s+/g, ' '));
    const parts: string[] = ['!function(){"use strict";'];
    let len = 0;
    while (len < size) {
      const b = this.r.pick(pool);
      parts.push(b);
      len += b.length;
    }
    for (const e of extra) parts.splice(this.r.int(1, parts.length), 0, e);
    parts.push('}();\n');
    return parts.join('');
  }

  /** A source map: one long JSON line. */
  sourceMap(size: number): string {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const seg: string[] = [];
    for (let i = 0; i < 4096; i++) seg.push(chars[this.r.int(0, 63)]!);
    const chunk = seg.join('') + ';';
    return `{"version":3,"sources":["webpack://app/./src/index.ts"],"mappings":"${chunk.repeat(Math.ceil(size / chunk.length))}"}\n`;
  }
}
