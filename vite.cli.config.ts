import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { ROOT as root, sourcesHash } from './scripts/lib/cli-build.js';

/**
 * `npm run build:cli` (run by `prepare`, so by `npm ci` / `npm install`) → build/cli/: the `loupe` command as
 * plain JavaScript for Node 20 (bin/loupe.js imports build/cli/main.js; no TypeScript compiler at run time).
 * Dependencies stay external (loaded from node_modules); each command, the data files and heavy libraries are
 * lazy chunks under build/cli/chunks/, so `loupe --help` loads almost nothing.
 * build/cli/build-info.json lists the sources bundled and a hash of their content (scripts/lib/cli-build.ts):
 * the tests rebuild when it is stale (test/global-setup.ts) and check it (test/cli/build.test.ts).
 */
function buildInfo(): Plugin {
  return {
    name: 'loupe-cli-build-info',
    generateBundle() {
      const sources = [...this.getModuleIds()]
        .filter((id) => id.startsWith(root) && !id.includes('/node_modules/') && !id.includes('\0'))
        .map((id) => relative(root, id.split('?')[0]!))
        .concat('vite.cli.config.ts', 'scripts/lib/cli-build.ts')
        .sort();
      const unique = [...new Set(sources)];
      this.emitFile({ type: 'asset', fileName: 'build-info.json', source: JSON.stringify({ sources: unique, hash: sourcesHash(unique) }, null, 1) + '\n' });
    },
  };
}

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [buildInfo()],
  json: { stringify: true },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'build/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
