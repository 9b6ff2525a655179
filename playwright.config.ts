import { defineConfig } from '@playwright/test';

/** E2E tests of the built widget (dist/) in Debian's Chromium; `npm run test:e2e` builds first. No network. LOUPE_E2E_PORT picks another port (parallel checkouts). */
export const PORT = Number(process.env.LOUPE_E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    // Lets axe-core be injected into embed.html, whose CSP only allows its own scripts.
    bypassCSP: true,
    navigationTimeout: 45_000,
    actionTimeout: 15_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Serve a private copy of dist/ so a concurrent `vite build` (another job in the same tree) cannot pull files away mid-run.
    command: `rm -rf node_modules/.cache/loupe-e2e-dist && mkdir -p node_modules/.cache && cp -r dist node_modules/.cache/loupe-e2e-dist && npx vite preview --outDir node_modules/.cache/loupe-e2e-dist --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/embed.html`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
