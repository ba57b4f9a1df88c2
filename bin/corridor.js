#!/usr/bin/env node
// `npx corridor ...`: the compiled CLI (dist/server/cli.js, `npm run build`) when it is there, else the
// TypeScript sources through tsx's loader (a development checkout: tsx is a dev dependency).
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/server/cli.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../server/cli.ts');
}
