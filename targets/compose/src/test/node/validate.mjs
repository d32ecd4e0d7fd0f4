// Validates compose files against the current compose-spec JSON schema.
//
// Usage: node validate.mjs FILE...
// The schema is compose-spec's `schema/compose-spec.json` (Apache-2.0), as shipped by the npm
// package `dclint` in `schemas/compose.schema.json`; package-lock.json pins its version.
// Each file is parsed with `yaml` (YAML 1.2 core schema, as Compose v2 reads it); a parse error or
// warning counts as a failure. Prints `ok FILE` per valid file, the errors otherwise; exits 1 when
// any file fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'node_modules', 'dclint', 'schemas', 'compose.schema.json'), 'utf8'));
// The schema names draft-07 by a URL without the trailing `#`, which ajv does not know as a meta-schema.
delete schema.$schema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate.mjs FILE...');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  const doc = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings].map(e => `yaml: ${e.message}`);
  if (problems.length === 0 && !validate(doc.toJS())) {
    for (const e of validate.errors) problems.push(`${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
  if (problems.length === 0) {
    console.log(`ok ${file}`);
  } else {
    failed++;
    console.log(`FAIL ${file}`);
    for (const p of problems) console.log(`  ${p}`);
  }
}
process.exit(failed === 0 ? 0 : 1);
