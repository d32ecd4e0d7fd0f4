// Starts `agentc lsp` (or the command in the `agentc.command` setting) for .agent files.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace.getConfiguration('agentc').get('command', ['agentc', 'lsp']);
  const server = { command, args, transport: TransportKind.stdio };
  client = new LanguageClient('agentc', 'agentc', server, {
    documentSelector: [{ scheme: 'file', language: 'agent' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.agent,agent.project}') },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
