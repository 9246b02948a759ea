import { walkFiles } from '../src/scan/list-files.js';
import { FileReader, scanFiles } from '../src/scan/scan-file.js';
import { compileCatalog } from '../src/scan/compile.js';
import { RULES } from '../src/catalog/index.js';
const catalog = compileCatalog(RULES);
const files = [...walkFiles({ root: '/tmp/tokenhub-bench-corpus/v1/large' }).files];
const reader = new FileReader(catalog);
function measure(name: string, fn: () => void) {
  for (let k = 0; k < 2; k++) {
    const cpu = process.cpuUsage(); const t = performance.now(); fn(); const c = process.cpuUsage(cpu);
    if (k) console.log(name.padEnd(20), (performance.now()-t).toFixed(0)+'ms wall', (c.user/1000).toFixed(0)+'ms user', (c.system/1000).toFixed(0)+'ms sys');
  }
}
measure('read only', () => { for (const f of files) reader.read(f.abs, 10 << 20); });
measure('read+scan', () => { for (const f of files) { const r = reader.read(f.abs, 10 << 20); if ('bytes' in r) reader.scan(r.bytes, f.rel); } });
measure('scanFiles', () => { scanFiles(files, catalog, 10 << 20, reader); });
import { AnchorSearch } from '../src/scan/anchor-search.js';
import { minimalAnchors } from '../src/scan/prefilter.js';
import { isBinary } from '../src/scan/decode.js';
import { readFileSync } from 'node:fs';
const s = AnchorSearch.create(minimalAnchors(catalog.anchors))!;
const sample = files.slice(0, 8000).map((f) => readFileSync(f.abs));
const tot = sample.reduce((a, b) => a + b.length, 0);
measure('copy only ' + (tot/1e6).toFixed(0) + 'MB', () => { for (const b of sample) { const v = s.buffer(b.length); b.copy(v); } });
measure('copy+test', () => { for (const b of sample) { const v = s.buffer(b.length); b.copy(v); s.test(b.length); } });
measure('isBinary', () => { for (const b of sample) isBinary(b); });
let hits = 0; for (const b of sample) { const v = s.buffer(b.length); b.copy(v); if (s.test(b.length)) hits++; } console.log('hits', hits);
