// Tokenizes .agent files with the VS Code extension's TextMate grammar, using vscode-textmate and
// vscode-oniguruma (the engine VS Code runs), and checks the scopes of what matters.
// Usage: node grammar.mjs GRAMMAR_JSON FILE...
// Prints one line per failed check and a summary; exits 1 if any check failed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const [grammarPath, ...files] = process.argv.slice(2);
const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
await oniguruma.loadWASM(wasm);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({
    createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
    createOnigString: s => new oniguruma.OnigString(s),
  }),
  loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
});
const grammar = await registry.loadGrammar('source.agent');

const KINDS = 'secret|model|tool|store|agent|swarm|policy|deploy|gpu|region|tee|provider|cloud';
// [what, pattern over a line (group 1 is the checked text), scope the text must carry]
const RULES = [
  ['declaration kind', new RegExp(`^(?:abstract\\s+)?(${KINDS})\\s+\\w`), 'storage.type.agent'],
  ['declared name', new RegExp(`^(?:abstract\\s+)?(?:${KINDS})\\s+(\\w+)`), 'entity.name.type.agent'],
  ['line comment', /^\s*(\/\/.*)$/, 'comment.line'],
  ['trailing comment', /^[^"]*[^"\s/]\s+(\/\/.*)$/, 'comment.line'],
  ['string', /=\s*("[^"$\\]*")/, 'string.quoted.double.agent'],
  ['number', /=\s*(\d+)(?:Gi|Mi|s|m|%|K|B)?\b(?!\.\.)/, 'constant.numeric.agent'],
  ['unit', /=\s*\d+(Gi|Mi|ms|s|m|%)\b/, 'keyword.other.unit.agent'],
  ['import', /^import\s+([\w.]+)/, 'entity.name.namespace.agent'],
  ['field', /^\s+(\w+)\s+=/, 'variable.other.property.agent'],
];

let checks = 0;
let failures = 0;
const sentinel = `agent sentinel {`;
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let stack = vsctm.INITIAL;
  lines.push(sentinel); // a construct left open (a string, a comment) would swallow it
  lines.forEach((line, n) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const scopeAt = i => result.tokens.find(t => t.startIndex <= i && i < t.endIndex)?.scopes ?? [];
    for (const [what, pattern, scope] of RULES) {
      const m = pattern.exec(line);
      if (!m) continue;
      checks++;
      const at = m.index + m[0].indexOf(m[1]);
      const scopes = scopeAt(at);
      if (!scopes.some(s => s.startsWith(scope))) {
        failures++;
        console.log(`FAIL ${file}:${n + 1}: ${what} \`${m[1]}\` has scopes ${scopes.join(' ')}, not ${scope}`);
      }
    }
  });
}
console.log(`${failures === 0 ? 'ok' : 'FAIL'}: ${files.length} files, ${checks} checks, ${failures} failed`);
process.exit(failures === 0 && checks > 0 ? 0 : 1);
