import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * `npm run build` → dist/loupe.js (one ES module registering the elements; data, analysis pipeline and the
 * student-work logic are lazy chunks under dist/chunks/), dist/embed.js and dist/embed.html (the iframe page,
 * working from dist/ alone). `npm start` serves index.html (the demo) and embed.html from the sources.
 */
function embedPage(): Plugin {
  return {
    name: 'loupe-embed-page',
    apply: 'build',
    generateBundle() {
      const source = readFileSync(new URL('./embed.html', import.meta.url), 'utf8')
        .replace('/src/components/register.ts', './loupe.js')
        .replace('/src/components/embed/embed.ts', './embed.js');
      this.emitFile({ type: 'asset', fileName: 'embed.html', source });
    },
  };
}

/**
 * In the dev server JSON files are served as JS modules, so a browser refuses `import(x, { with: { type: 'json' } })`.
 * Drop the attribute in dev only (the production build bundles the JSON into lazy chunks itself).
 */
function devJsonImports(): Plugin {
  return {
    name: 'loupe-dev-json-imports',
    apply: 'serve',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/core\/.*\.ts(\?.*)?$/.test(id) || !/type:\s*['"]json['"]/.test(code)) return null;
      return { code: code.replace(/,\s*\{\s*with:\s*\{\s*type:\s*['"]json['"]\s*\}\s*\}/g, ''), map: null };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [embedPage(), devJsonImports()],
  // The analysis worker (src/components/analyze-worker.ts) loads the detectors' data lazily: ES-module workers.
  worker: { format: 'es', rollupOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/[name]-[hash].js' } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: true,
    rollupOptions: {
      input: { loupe: 'src/components/register.ts', embed: 'src/components/embed/embed.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
