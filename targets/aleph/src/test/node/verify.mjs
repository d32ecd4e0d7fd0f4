// Outside validation of agentc's Aleph messages with the Aleph TypeScript SDK.
//
//   node verify.mjs messages.json [more.json …]
//
// For every message of every file (a JSON array of messages as `agentc build` writes them):
// - item_hash is the SHA-256 of item_content (node:crypto), and the SDK's own
//   prepareAlephMessage, given the parsed content, produces the same item_content and item_hash;
// - a signed message's signer is recovered with @aleph-sdk/evm's verifyEthereum (over the SDK's
//   HashedMessage.getVerificationBuffer) and with ethers' verifyMessage, and equals the sender;
// - the envelope and the INSTANCE / AGGREGATE content have the fields of the SDK's types
//   (@aleph-sdk/message dist/index.d.ts) and of aleph-message 1.1.1 (which forbids unknown keys),
//   with the SDK's enum values (MessageType, ItemType, PaymentType, HypervisorType,
//   VolumePersistence) and limits (MAXIMUM_DISK_SIZE);
// - the AGGREGATE's members are INSTANCE messages of the same file.
// The SDK's content types exist only at compile time, and it types an instance's `environment` as
// a program's (no hypervisor, no trusted_execution), so the fields are checked here at run time.
// Exits 1 on any mismatch, 2 on bad usage.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  HashedMessage, prepareAlephMessage, MessageType, ItemType, PaymentType, HypervisorType, VolumePersistence, MAXIMUM_DISK_SIZE,
} from '@aleph-sdk/message';
import { verifyEthereum } from '@aleph-sdk/evm';
import { ethers } from 'ethers';

const ENVELOPE = ['chain', 'sender', 'type', 'channel', 'time', 'item_type', 'item_content', 'item_hash', 'signature'];
const INSTANCE = ['address', 'time', 'allow_amend', 'metadata', 'authorized_keys', 'variables', 'environment', 'resources', 'payment',
  'requirements', 'volumes', 'replaces', 'rootfs'];
const ENVIRONMENT = ['internet', 'aleph_api', 'hypervisor', 'trusted_execution', 'reproducible', 'shared_cache'];
const GPU = ['vendor', 'device_name', 'device_class', 'device_id'];
const NODE = ['owner', 'address_regex', 'node_hash', 'terms_and_conditions'];
const PERSISTENT_VOLUME = ['comment', 'mount', 'parent', 'persistence', 'name', 'size_mib'];
const HASH = /^[0-9a-f]{64}$/;
const SDK_INLINE_LIMIT = 50000; // above this the SDK would upload the content instead of inlining it

const failures = [];
let checked = 0;
let signed = 0;

function fail(where, what) { failures.push(`${where}: ${what}`); }
function isObject(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function onlyKeys(where, obj, allowed) {
  for (const k of Object.keys(obj)) if (!allowed.includes(k)) fail(where, `unknown field \`${k}\``);
}
function intIn(where, v, lo, hi) {
  if (!Number.isInteger(v) || v < lo || v > hi) fail(where, `expected an integer in [${lo}, ${hi}], found ${JSON.stringify(v)}`);
}

function checkInstance(where, c) {
  onlyKeys(where, c, INSTANCE);
  if (typeof c.allow_amend !== 'boolean') fail(where, 'allow_amend must be a boolean');
  if (c.metadata !== undefined && (!isObject(c.metadata) || Object.keys(c.metadata).length > 256)) fail(where, 'metadata: an object of at most 256 entries');
  if (c.variables !== undefined) {
    if (!isObject(c.variables) || Object.keys(c.variables).length > 256) fail(where, 'variables: an object of at most 256 entries');
    for (const [k, v] of Object.entries(c.variables)) {
      if (typeof v !== 'string' || k.length > 128 || v.length > 4096) fail(where, `variable ${k}: a string, name ≤ 128, value ≤ 4096`);
    }
  }
  const env = c.environment;
  if (!isObject(env)) fail(where, 'environment is required');
  else {
    onlyKeys(`${where} environment`, env, ENVIRONMENT);
    if (env.hypervisor !== HypervisorType.qemu) fail(where, `hypervisor must be ${HypervisorType.qemu}`);
    for (const k of ['internet', 'aleph_api', 'reproducible', 'shared_cache']) if (typeof env[k] !== 'boolean') fail(where, `environment.${k}: a boolean`);
    if (env.trusted_execution !== undefined) {
      onlyKeys(`${where} trusted_execution`, env.trusted_execution, ['firmware', 'policy']);
      if (!HASH.test(env.trusted_execution.firmware)) fail(where, 'trusted_execution.firmware: an item hash');
      if (!Number.isInteger(env.trusted_execution.policy)) fail(where, 'trusted_execution.policy: an integer');
    }
  }
  const r = c.resources;
  if (!isObject(r)) fail(where, 'resources is required');
  else {
    onlyKeys(`${where} resources`, r, ['vcpus', 'memory', 'seconds', 'published_ports']);
    intIn(`${where} resources.vcpus`, r.vcpus, 1, 256);
    intIn(`${where} resources.memory`, r.memory, 1, 1048576);
    intIn(`${where} resources.seconds`, r.seconds, 1, 315360000);
  }
  if (!isObject(c.payment) || c.payment.type !== PaymentType.credit) fail(where, `payment.type must be ${PaymentType.credit}`);
  const req = c.requirements;
  if (req !== undefined) {
    onlyKeys(`${where} requirements`, req, ['cpu', 'node', 'gpu']);
    if (req.node !== undefined) {
      onlyKeys(`${where} requirements.node`, req.node, NODE);
      if (req.node.node_hash !== undefined && !HASH.test(req.node.node_hash)) fail(where, 'node_hash: an item hash');
    }
    const nodeHash = req.node?.node_hash;
    // aleph-message 1.1.1 check_requirements: credit needs node_hash, and so does a GPU.
    if (!nodeHash) fail(where, 'requirements without node.node_hash are rejected for credit payment');
    for (const g of req.gpu ?? []) {
      onlyKeys(`${where} requirements.gpu`, g, GPU);
      for (const k of GPU) if (typeof g[k] !== 'string') fail(where, `gpu.${k}: a string`);
    }
    if ((req.gpu ?? []).length > 0 && env?.hypervisor !== HypervisorType.qemu) fail(where, 'a GPU needs qemu');
  }
  if (env?.trusted_execution !== undefined && !req?.node?.node_hash) fail(where, 'a confidential VM must be pinned to a CRN');
  if (!Array.isArray(c.volumes)) fail(where, 'volumes: an array');
  for (const v of c.volumes ?? []) {
    onlyKeys(`${where} volume`, v, PERSISTENT_VOLUME);
    if (!Object.values(VolumePersistence).includes(v.persistence)) fail(where, `volume persistence ${v.persistence}`);
    intIn(`${where} volume.size_mib`, v.size_mib, 1, MAXIMUM_DISK_SIZE);
    if (typeof v.name !== 'string') fail(where, 'a persistent volume has a name');
  }
  const fs = c.rootfs;
  if (!isObject(fs)) fail(where, 'rootfs is required');
  else {
    onlyKeys(`${where} rootfs`, fs, ['parent', 'persistence', 'size_mib', 'comment', 'mount']);
    if (!HASH.test(fs.parent?.ref) || typeof fs.parent?.use_latest !== 'boolean') fail(where, 'rootfs.parent: {ref: item hash, use_latest: bool}');
    if (!Object.values(VolumePersistence).includes(fs.persistence)) fail(where, `rootfs persistence ${fs.persistence}`);
    intIn(`${where} rootfs.size_mib`, fs.size_mib, 1, MAXIMUM_DISK_SIZE);
  }
}

function checkAggregate(where, c, instances) {
  onlyKeys(where, c, ['address', 'time', 'key', 'content']);
  if (typeof c.key !== 'string' && !isObject(c.key)) fail(where, 'key: a string or {name}');
  if (!isObject(c.content)) fail(where, 'content: an object');
  for (const [workload, hashes] of Object.entries(c.content?.members ?? {})) {
    for (const h of hashes) if (!instances.has(h)) fail(where, `member ${workload} names ${h}, which is no INSTANCE of this file`);
  }
}

async function checkMessage(where, m, instances) {
  checked++;
  onlyKeys(where, m, ENVELOPE);
  if (m.chain !== 'ETH') fail(where, `chain ${m.chain}: EVM keys sign as ETH`);
  if (!Object.values(MessageType).includes(m.type)) fail(where, `type ${m.type}`);
  if (m.item_type !== ItemType.inline) fail(where, `item_type ${m.item_type}`);
  if (typeof m.time !== 'number' || m.time < 0) fail(where, 'time: seconds since 1970');
  if (m.channel !== undefined && (typeof m.channel !== 'string' || m.channel.length > 128)) fail(where, 'channel: at most 128 characters');
  if (typeof m.sender !== 'string' || !ethers.utils.isAddress(m.sender) || ethers.utils.getAddress(m.sender) !== m.sender) {
    fail(where, `sender ${m.sender} is not an EIP-55 address`);
  }
  if (typeof m.item_content !== 'string') { fail(where, 'item_content: a string'); return; }
  const hash = createHash('sha256').update(m.item_content, 'utf8').digest('hex');
  if (hash !== m.item_hash) fail(where, `item_hash ${m.item_hash} but sha256(item_content) is ${hash}`);
  const content = JSON.parse(m.item_content);
  if (content.address !== m.sender) fail(where, 'content.address is not the sender');
  if (Buffer.byteLength(m.item_content) < SDK_INLINE_LIMIT) {
    const rebuilt = await prepareAlephMessage({
      message: { chain: m.chain, sender: m.sender, type: m.type, channel: m.channel, time: m.time, item_type: ItemType.inline, content },
    });
    if (rebuilt.item_content !== m.item_content) fail(where, 'the SDK serializes this content differently');
    if (rebuilt.item_hash !== m.item_hash) fail(where, `the SDK hashes this content to ${rebuilt.item_hash}`);
  }
  if (m.type === MessageType.instance) checkInstance(where, content);
  else if (m.type === MessageType.aggregate) checkAggregate(where, content, instances);
  else fail(where, `agentc writes only INSTANCE and AGGREGATE messages, not ${m.type}`);
  if (m.signature === undefined) return;
  signed++;
  if (!/^0x[0-9a-f]{128}(1b|1c)$/.test(m.signature)) fail(where, 'signature: 0x + r ‖ s ‖ v (27 or 28) in lowercase hex');
  const hashed = new HashedMessage({ ...m, content });
  if (!verifyEthereum(hashed, m.signature, m.sender)) fail(where, '@aleph-sdk/evm verifyEthereum does not recover the sender');
  const recovered = ethers.utils.verifyMessage(hashed.getVerificationBuffer(), m.signature);
  if (recovered !== m.sender) fail(where, `ethers recovers ${recovered}, not the sender`);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node verify.mjs messages.json [more.json …]');
  process.exit(2);
}
for (const file of files) {
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(messages)) { fail(file, 'not a JSON array of messages'); continue; }
  const instances = new Set(messages.filter((m) => m.type === MessageType.instance).map((m) => m.item_hash));
  for (let i = 0; i < messages.length; i++) await checkMessage(`${file} [${i}]`, messages[i], instances);
}
for (const f of failures) console.error(`FAIL ${f}`);
console.log(`${checked} messages in ${files.length} files: ${failures.length} problems; ${signed} signatures checked`);
process.exit(failures.length === 0 ? 0 : 1);
