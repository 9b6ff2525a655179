#!/usr/bin/env node
// The `loupe` command: plain JavaScript built from src/cli/ into build/cli/ by `npm run build:cli`, which
// `npm ci` / `npm install` run (the `prepare` script). No TypeScript compiler at run time.
// From the TypeScript sources instead (while editing them): npm run loupe:dev -- <command> …
let main;
try {
  ({ main } = await import('../build/cli/main.js'));
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('build/cli/main.js')) throw e;
  process.stderr.write('loupe: the command is not built yet (build/cli/main.js is missing): run "npm run build:cli" (npm install does it)\n');
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
