import { execFileSync } from 'node:child_process';
import { cliBuildStale, ROOT } from '../scripts/lib/cli-build.js';

/** Before any test: rebuild the `loupe` command (build/cli/) when its sources changed since the last build. */
export default function setup(): void {
  const why = cliBuildStale();
  if (!why) return;
  console.log(`build/cli is stale (${why}): rebuilding it (npm run build:cli)`);
  execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build', '-c', 'vite.cli.config.ts'], { cwd: ROOT, stdio: 'inherit' });
}
