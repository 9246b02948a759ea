export const id = 401;
export const ids = [401];
export const modules = {

/***/ 7401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __webpack_require__(1012);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(0);
// EXTERNAL MODULE: ./src/catalog/index.ts
var catalog = __webpack_require__(5799);
// EXTERNAL MODULE: ./src/config/custom-rules.ts
var custom_rules = __webpack_require__(1529);
// EXTERNAL MODULE: ./src/config/glob-syntax.ts
var glob_syntax = __webpack_require__(904);
;// CONCATENATED MODULE: ./src/config/schema.ts





/**
 * The config file's schema (`.github/tokenhub-migration.yml`): the single source of its defaults and its
 * validation, and, through z.toJSONSchema(), of the JSON Schema published for editors.
 */

const CATEGORIES = ['legacy-endpoint', 'legacy-sdk', 'legacy-model', 'legacy-search'];
const RuleSetting = schemas/* union */.KCZ([schemas/* enum */.k5n(['off', 'on', 'error', 'warning', 'notice']), schemas/* boolean */.zMY()])
    .meta({
    id: 'ruleSetting',
    description: '`off` (or false) switches the rule off, `on` (or true) keeps it at its default severity, ' +
        '`error`, `warning` or `notice` reports it at that severity.',
});
/** Every rule that can report, plus the categories and the two rules the config's own lists make. */
function ruleKeys() {
    const shape = {};
    for (const c of CATEGORIES)
        shape[c] = RuleSetting.optional().meta({ description: `Every rule of the ${c} category.` });
    for (const r of catalog/* RULES */.y0) {
        if (r.signalOnly)
            continue;
        shape[r.id] = RuleSetting.optional().meta({ description: `${r.title} (default: ${r.severity}).` });
    }
    shape[custom_rules/* CUSTOM_ENDPOINT_RULE_ID */.F3] = RuleSetting.optional().meta({ description: 'Endpoints listed under extra.endpoints (default: error).' });
    shape[custom_rules/* CUSTOM_MODEL_RULE_ID */.Nc] = RuleSetting.optional().meta({ description: 'Model IDs listed under extra.models (default: error).' });
    return shape;
}
/** A zod refinement from a validator that returns an error message or nothing. */
function checked(validate) {
    return schemas/* string */.YjP().superRefine((value, ctx) => {
        const problem = validate(value);
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    });
}
const Glob = checked(glob_syntax/* validateGlob */.f).meta({
    description: 'A path pattern relative to the repository root, in .gitignore syntax (`*`, `**`, `?`, `[abc]`, a trailing `/` for folders).',
});
const ConfigSchema = schemas/* strictObject */.rej({
    rules: schemas/* strictObject */.rej(ruleKeys())
        .default({})
        .meta({ description: 'Switch rules or whole categories off, or change their severity. A rule id wins over its category.' }),
    include: schemas/* array */.YOg(Glob).default([]).meta({ description: 'Only scan files that match one of these patterns (default: every file).' }),
    exclude: schemas/* array */.YOg(Glob)
        .default([])
        .meta({ description: 'Leave out files that match these patterns, on top of node_modules, vendored folders and .gitignore.' }),
    extra: schemas/* strictObject */.rej({
        endpoints: schemas/* array */.YOg(checked(custom_rules/* validateCustomEndpoint */.XF))
            .default([])
            .meta({
            description: 'More legacy endpoints to report, such as an internal gateway in front of the old API: a host name with an ' +
                'optional path (`llm-gw.example.com/hunyuan`). Literal text; `*` stands for one host label or path segment.',
        }),
        models: schemas/* array */.YOg(checked(custom_rules/* validateCustomModel */.FO))
            .default([])
            .meta({
            description: 'More legacy model IDs to report, such as a fine-tuned Hunyuan model. Literal text; `*` stands for any run of ID characters.',
        }),
    })
        .default({ endpoints: [], models: [] })
        .meta({ description: 'Your own legacy endpoints and model IDs, reported as the rules custom-endpoint and custom-model.' }),
    baseline: schemas/* string */.YjP()
        .min(1)
        .optional()
        .meta({ description: 'Baseline file (relative to the repository root): findings listed there are known and do not fail the run.' }),
    'fail-on': schemas/* enum */.k5n(['error', 'warning', 'notice', 'none'])
        .default('error')
        .meta({ description: 'Fail when a (new) finding is at or above this severity; `none` never fails.' }),
})
    .meta({
    title: 'tokenhub-migration-check configuration',
    description: 'Configuration for tokenhub-migration-check (.github/tokenhub-migration.yml).',
});
/** The defaults, as the schema gives them for an empty file (src/config/defaults.ts holds a copy, checked by a test). */
function schemaDefaults() {
    return ConfigSchema.parse({});
}

;// CONCATENATED MODULE: ./src/config/parse.ts




/** Reading a config file's text: YAML with positions, then the schema; loaded only when there is a file. */
/**
 * The node a key path leads to, or the deepest one on the way. With `asKey`, the last segment's map key
 * rather than its value (an unknown key is reported where the key is written).
 */
function nodeAt(doc, keyPath, asKey) {
    let current = doc.contents;
    let found = isNodeLike(current) ? current : undefined;
    for (let i = 0; i < keyPath.length; i++) {
        const seg = keyPath[i];
        const last = i === keyPath.length - 1;
        if ((0,dist/* isMap */.jh)(current)) {
            const pair = current.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            if (last && asKey && isNodeLike(pair.key))
                return pair.key;
            // An empty value (`baseline:`) has no node of its own: point at its key.
            found = isNodeLike(pair.value) && pair.value.range ? pair.value : isNodeLike(pair.key) ? pair.key : found;
            current = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(current) && typeof seg === 'number') {
            const item = current.items[seg];
            if (!isNodeLike(item))
                break;
            found = item;
            current = item;
        }
        else {
            break;
        }
    }
    return found;
}
function isNodeLike(x) {
    return typeof x === 'object' && x !== null && 'range' in x;
}
/**
 * Parses and validates a config file's text. Pure: the caller reads the file. Every YAML and schema problem is
 * collected, each with its line, so one run shows them all.
 */
function parseConfig(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const pos = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    const locate = (keyPath, asKey = false) => pos(nodeAt(doc, keyPath, asKey)?.range?.[0]);
    if (doc.errors.length) {
        throw new config_issues/* ConfigError */.xL(doc.errors.map((e) => ({
            file,
            ...pos(e.pos[0]),
            key: '',
            message: `YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`,
        })));
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (err) {
        throw new config_issues/* ConfigError */.xL([{ file, line: 1, column: 1, key: '', message: `cannot read the YAML: ${err.message}` }]);
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
        throw new config_issues/* ConfigError */.xL([{ file, ...locate([]), key: '', message: 'the file must be a mapping of keys (rules, include, exclude, extra, baseline, fail-on)' }]);
    }
    const parsed = ConfigSchema.safeParse(data);
    if (!parsed.success) {
        const issues = parsed.error.issues.flatMap((issue) => issueToConfigIssues(issue, file, locate));
        throw new config_issues/* ConfigError */.xL(issues.sort((a, b) => a.line - b.line || a.column - b.column));
    }
    return { config: parsed.data, file, locate: (keyPath) => locate(keyPath) };
}
function issueToConfigIssues(issue, file, locate) {
    if (issue.code === 'unrecognized_keys') {
        const where = (0,config_issues/* keyPathText */.Cm)(issue.path);
        return issue.keys.map((key) => ({
            file,
            ...locate([...issue.path, key], true),
            key: (0,config_issues/* keyPathText */.Cm)([...issue.path, key]),
            message: `unknown key${where ? ` in ${where}` : ''}${suggestionFor(key, issue.path)}`,
        }));
    }
    return [{ file, ...locate(issue.path), key: (0,config_issues/* keyPathText */.Cm)(issue.path), message: describe(issue) }];
}
function describe(issue) {
    if (issue.code === 'invalid_value')
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (issue.code === 'invalid_type')
        return `must be ${article(issue.expected)}`;
    if (issue.code === 'invalid_union')
        return 'must be off, on, error, warning, notice, true or false';
    return issue.message;
}
function article(expected) {
    return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
function suggestionFor(key, parent) {
    const known = knownKeys(parent);
    const close = known.find((k) => (0,mod/* distance */.Io)(k, key) <= 2);
    return close ? ` (did you mean '${close}'?)` : known.length && known.length <= 8 ? ` (known keys: ${known.join(', ')})` : '';
}
function knownKeys(parent) {
    let schema = ConfigSchema;
    for (const seg of parent) {
        const shape = shapeOf(schema);
        if (!shape)
            return [];
        schema = shape[String(seg)];
    }
    return Object.keys(shapeOf(schema) ?? {});
}
/** The object shape under defaults and optionals. */
function shapeOf(schema) {
    let s = schema;
    while (s && !s.shape && s.def?.innerType)
        s = s.def.innerType;
    return s?.shape;
}


/***/ })

};
