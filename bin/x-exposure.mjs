#!/usr/bin/env node
// Runs the command line built to JavaScript (out/cli/, by `npm run build` or scripts/build-cli.mjs);
// builds it first when it is missing, so the command works right after `npm install`.
// `npm run cli` also rebuilds it when a source is newer (scripts/build-cli.mjs --if-stale).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../out/cli/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
