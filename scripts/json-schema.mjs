#!/usr/bin/env node
// Writes the JSON Schemas of the frontmatter and the actor registry, generated
// from the Zod schemas (never by hand), for editor autocompletion.
//   node scripts/json-schema.mjs          write content/schema/*.schema.json
//   node scripts/json-schema.mjs --check  fail if the committed files are stale
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { jsonSchemas } from '../src/schemas/json-schema.ts';

const check = process.argv.includes('--check');
mkdirSync('content/schema', { recursive: true });
let stale = 0;
for (const [file, schema] of Object.entries(jsonSchemas())) {
  const path = `content/schema/${file}`;
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${path} is out of date with src/schemas. Fix: run \`npm run schema\` and commit the result.`);
      stale++;
    }
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exit(stale ? 1 : 0);
