// Validates agentc's Kubernetes manifests: every document of every file given on the command
// line against the OpenAPI schema of its apiVersion and kind, using the model classes of
// kubernetes-models (core) and @kubernetes-models/{keda,gateway-api,argo-rollouts} (CRDs).
//
//   node validate.mjs FILE.yaml...
//
// Exits 0 when every document is valid; otherwise prints one line per failure and exits 1.
//
// No npm package ships a schema for Cilium's CiliumNetworkPolicy or Envoy Gateway's
// BackendTrafficPolicy, so those two are checked structurally below (the fields agentc writes,
// with their types), and the script says so on stdout.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

/** npm module that holds the models of an API group/version. */
function moduleOf(apiVersion) {
  if (!apiVersion.includes("/")) return `kubernetes-models/${apiVersion}`;
  const group = apiVersion.slice(0, apiVersion.indexOf("/"));
  if (group === "keda.sh") return `@kubernetes-models/keda/${apiVersion}`;
  if (group === "gateway.networking.k8s.io") return `@kubernetes-models/gateway-api/${apiVersion}`;
  if (group === "argoproj.io") return `@kubernetes-models/argo-rollouts/${apiVersion}`;
  return `kubernetes-models/${apiVersion}`;
}

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const isString = (v) => typeof v === "string" && v.length > 0;
const isStringMap = (v) => isObject(v) && Object.values(v).every((x) => typeof x === "string");

/** Structural checks for the CRDs without a published schema: a list of problems, empty when fine. */
const structural = {
  "cilium.io/v2/CiliumNetworkPolicy": (doc) => {
    const problems = [];
    const spec = doc.spec;
    if (!isObject(spec)) return ["spec: must be an object"];
    if (!isStringMap(spec.endpointSelector?.matchLabels)) problems.push("spec.endpointSelector.matchLabels: must map strings to strings");
    if (!Array.isArray(spec.egress) || spec.egress.length === 0) return [...problems, "spec.egress: must be a non-empty list"];
    spec.egress.forEach((rule, i) => {
      const at = `spec.egress[${i}]`;
      const peers = ["toEndpoints", "toFQDNs", "toCIDR", "toEntities"].filter((k) => k in rule);
      if (peers.length !== 1) problems.push(`${at}: needs exactly one peer field, found ${peers.join(", ") || "none"}`);
      (rule.toEndpoints ?? []).forEach((e, j) => { if (!isStringMap(e.matchLabels)) problems.push(`${at}.toEndpoints[${j}].matchLabels: must map strings to strings`); });
      (rule.toFQDNs ?? []).forEach((f, j) => {
        const keys = Object.keys(f);
        if (keys.length !== 1 || !["matchName", "matchPattern"].includes(keys[0]) || !isString(f[keys[0]])) problems.push(`${at}.toFQDNs[${j}]: needs one matchName or matchPattern`);
        if (f.matchName?.includes("*")) problems.push(`${at}.toFQDNs[${j}].matchName: a wildcard needs matchPattern`);
      });
      (rule.toPorts ?? []).forEach((p, j) => (p.ports ?? []).forEach((port, k) => {
        if (typeof port.port !== "string" || !/^\d+$/.test(port.port)) problems.push(`${at}.toPorts[${j}].ports[${k}].port: must be a string of digits`);
        if (!["TCP", "UDP", "SCTP", "ANY"].includes(port.protocol)) problems.push(`${at}.toPorts[${j}].ports[${k}].protocol: must be TCP, UDP, SCTP or ANY`);
      }));
      if (rule.toFQDNs && !rule.toPorts) problems.push(`${at}: toFQDNs without toPorts opens every port`);
    });
    return problems;
  },
  "gateway.envoyproxy.io/v1alpha1/BackendTrafficPolicy": (doc) => {
    const problems = [];
    const spec = doc.spec;
    if (!isObject(spec)) return ["spec: must be an object"];
    const refs = spec.targetRefs;
    if (!Array.isArray(refs) || refs.length === 0) problems.push("spec.targetRefs: must be a non-empty list");
    (refs ?? []).forEach((r, i) => {
      if (r.group !== "gateway.networking.k8s.io" || !["HTTPRoute", "GRPCRoute", "Gateway"].includes(r.kind) || !isString(r.name)) {
        problems.push(`spec.targetRefs[${i}]: must name a Gateway API route or gateway`);
      }
    });
    const rl = spec.rateLimit;
    if (!isObject(rl)) return [...problems, "spec.rateLimit: must be an object"];
    const mode = { Global: "global", Local: "local" }[rl.type];
    if (!mode || !isObject(rl[mode])) return [...problems, "spec.rateLimit: type must be Global or Local, with its block"];
    (rl[mode].rules ?? []).forEach((rule, i) => {
      const at = `spec.rateLimit.${mode}.rules[${i}]`;
      if (!Number.isInteger(rule.limit?.requests) || rule.limit.requests < 1) problems.push(`${at}.limit.requests: must be a positive integer`);
      if (!["Second", "Minute", "Hour", "Day", "Month", "Year"].includes(rule.limit?.unit)) problems.push(`${at}.limit.unit: not a unit`);
      (rule.clientSelectors ?? []).forEach((s, j) => {
        if (s.sourceCIDR && (!["Exact", "Distinct"].includes(s.sourceCIDR.type) || !isString(s.sourceCIDR.value))) problems.push(`${at}.clientSelectors[${j}].sourceCIDR: invalid`);
      });
    });
    return problems;
  },
};

async function validate(doc) {
  const key = `${doc.apiVersion}/${doc.kind}`;
  if (structural[key]) return structural[key](doc);
  let mod;
  try {
    mod = await import(moduleOf(doc.apiVersion));
  } catch {
    return [`no schema for apiVersion ${doc.apiVersion}`];
  }
  const Model = mod[doc.kind];
  if (!Model) return [`no schema for ${key}`];
  try {
    new Model(doc).validate();
    return [];
  } catch (e) {
    return [e.message ?? String(e)];
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node validate.mjs FILE.yaml...");
  process.exit(2);
}
console.log("note: CiliumNetworkPolicy and BackendTrafficPolicy have no npm schema; they are checked structurally");
let documents = 0;
const failures = [];
for (const file of files) {
  const parsed = parseAllDocuments(readFileSync(file, "utf8"));
  for (const [i, d] of parsed.entries()) {
    if (d.errors.length > 0) {
      failures.push(`${file} #${i + 1}: YAML: ${d.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const doc = d.toJS();
    if (doc === null) continue;
    documents++;
    for (const problem of await validate(doc)) failures.push(`${file} #${i + 1} ${doc.kind} ${doc.metadata?.name}: ${problem}`);
  }
}
for (const f of failures) console.log(`INVALID ${f}`);
console.log(`${documents} documents in ${files.length} files, ${failures.length} invalid`);
process.exit(failures.length === 0 ? 0 : 1);
