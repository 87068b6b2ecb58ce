#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npm run cli -- <args>` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../electron/cli/main.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
