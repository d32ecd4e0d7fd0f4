// Drives a real `agentc lsp` process as VS Code would: initialize, open the LANGUAGE.md §7
// example, receive its diagnostics, complete, hover, go to definition, rename, edit and format, shut down.
// Usage: node lsp-client.mjs JAVA CLASSPATH PROJECT_DIR
// Prints one line per step; exits 1 at the first step that fails.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  CompletionRequest, HoverRequest, DefinitionRequest, RenameRequest, DocumentFormattingRequest,
  ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';

const [java, classpath, project] = process.argv.slice(2);
const server = spawn(java, ['-cp', classpath, 'dev.agentc.cli.Main', 'lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const timer = setTimeout(() => fail('timed out'), 60_000);

function fail(message) {
  console.error(`FAIL ${message}`);
  server.kill();
  process.exit(1);
}

function check(condition, step, detail) {
  if (!condition) fail(`${step}: ${JSON.stringify(detail)}`);
  console.log(`ok ${step}`);
}

/** The 0-based UTF-16 position of `needle` in `text`, plus `delta` columns. */
function find(text, needle, delta = 0) {
  const i = text.indexOf(needle);
  if (i < 0) fail(`no ${needle} in the text`);
  const before = text.slice(0, i).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length + delta };
}

const file = join(project, 'support.agent');
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');
const diagnostics = new Promise(resolve => connection.onNotification(PublishDiagnosticsNotification.type, p => {
  if (p.uri === uri) resolve(p);
}));
connection.listen();

try {
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(project).href, workspaceFolders: null,
    capabilities: { general: { positionEncodings: ['utf-16'] } },
  });
  check(init.capabilities.positionEncoding === 'utf-16' && init.capabilities.hoverProvider === true, 'initialize', init.capabilities);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'agent', version: 1, text } });

  const published = await diagnostics;
  check(published.diagnostics.every(d => d.severity !== 1), 'diagnostics (no errors in the §7 example)', published.diagnostics);

  const completion = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: find(text, 'precision = fp16', 12) });
  const labels = (Array.isArray(completion) ? completion : completion.items).map(i => i.label);
  check(labels.includes('bf16') && labels.includes('fp16'), 'completion of an enum value', labels);

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: find(text, 'model  = llama3_8b', 10) });
  check(hover.contents.value.includes('Llama 3 8B'), 'hover on a reference', hover.contents);

  const definition = await connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: find(text, 'model  = llama3_8b', 10) });
  check(definition[0].uri === uri && definition[0].range.start.line === find(text, 'model llama3_8b').line, 'definition', definition);

  const rename = await connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position: find(text, 'tools  = [weather]', 10), newName: 'forecast' });
  check(rename.changes[uri].length === 2 && rename.changes[uri].every(e => e.newText === 'forecast'), 'rename', rename);

  // the example is in the canonical layout; an edit that undoes the alignment of one `=` is formatted back
  if (!text.includes('\n  params    = 8B\n')) fail('the example no longer aligns `params`');
  const edited = text.replace('\n  params    = 8B\n', '\n  params = 8B\n');
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
  const format = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
  check(format.length === 1 && format[0].newText === text && format[0].range.start.line === 0, 'formatting', format);

  await connection.sendRequest(ShutdownRequest.type);
  const exited = new Promise(resolve => server.on('exit', code => resolve(code)));
  await connection.sendNotification(ExitNotification.type);
  check(await exited === 0, 'shutdown and exit', 'exit code');
  clearTimeout(timer);
  connection.dispose();
} catch (e) {
  fail(e.stack || String(e));
}
