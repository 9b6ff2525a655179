/**
 * Whole-process bench (a section of `npm run bench`): the real `loupe` command (node bin/loupe.js, the built
 * JavaScript in build/cli/) timed from spawn to exit, beside a baseline process measured in the same run,
 * interleaved so that machine load hits both alike. Medians; reported as ratios.
 *  - start-up: `loupe --help` vs `node -e 0` — target ≤ 3x;
 *  - 2 MB: `loupe analyze big.txt --format json` vs a bare Intl.Segmenter pass over the same file in its own
 *    process (scripts/lib/segmenter-baseline.mjs) — target ≤ 1.5x;
 *  - batch: 100 articles of ~10 kB in one call (`loupe analyze DIR --out-dir OUT`) vs 100 calls — target ≥ 10x.
 * Builds the CLI first (npm run build:cli). LOUPE_BENCH_BIN=path/to/loupe.js measures another build (e.g. an
 * older checkout) with the same articles.
 * Run alone: npx tsx scripts/bench/process.ts
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchParagraphs, makeText } from '../lib/bench-text.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall time of one process, ms; stdout goes to `out` (a file) or is dropped. Throws on a non-zero exit. */
function timeProcess(args: string[], out?: string): Promise<number> {
  const fd = out ? openSync(out, 'w') : 'ignore';
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let stderr = '';
    const p = spawn(process.execPath, args, { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    p.stderr?.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('exit', (code) => {
      const ms = performance.now() - t0;
      if (typeof fd === 'number') closeSync(fd);
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n')[0]}`));
      else resolve(ms);
    });
  });
}

/** Run a and b alternately `runs` times; their medians. */
async function sideBySide(runs: number, a: () => Promise<number>, b: () => Promise<number>): Promise<[number, number]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(await a());
    bs.push(await b());
  }
  return [median(as), median(bs)];
}

export default async function processBench() {
  const bin = process.env.LOUPE_BENCH_BIN ?? join(root, 'bin/loupe.js');
  if (!process.env.LOUPE_BENCH_BIN) execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'loupe-bench-'));
  const paragraphs = await benchParagraphs();
  try {
    await timeProcess([bin, '--help']); // warm the file cache
    const [help, node] = await sideBySide(15, () => timeProcess([bin, '--help']), () => timeProcess(['-e', '0']));

    const big = join(dir, 'big.txt');
    writeFileSync(big, makeText(paragraphs, 2_000_000));
    const baselineScript = join(root, 'scripts/lib/segmenter-baseline.mjs');
    await timeProcess([bin, 'analyze', big, '--format', 'json'], join(dir, 'big.json'));
    const [analyze2m, seg2m] = await sideBySide(
      3,
      () => timeProcess([bin, 'analyze', big, '--format', 'json'], join(dir, 'big.json')),
      () => timeProcess([baselineScript, big], join(dir, 'seg.txt')),
    );

    const articles = join(dir, 'articles');
    mkdirSync(articles);
    const files: string[] = [];
    for (let i = 0; i < 100; i++) {
      const f = join(articles, `article-${String(i).padStart(3, '0')}.txt`);
      writeFileSync(f, makeText(paragraphs, 10_000, 1000 + i));
      files.push(f);
    }
    const ones: number[] = [];
    // NaN for an older build without --out-dir.
    for (let i = 0; i < 3; i++) ones.push(await timeProcess([bin, 'analyze', articles, '--out-dir', join(dir, 'out1')]).catch(() => NaN));
    const oneCall = median(ones);
    mkdirSync(join(dir, 'out100'));
    const t0 = performance.now();
    for (const f of files) await timeProcess([bin, 'analyze', f, '--format', 'json'], join(dir, 'out100', 'x.json'));
    const hundredCalls = performance.now() - t0;

    const r = (n: number) => Math.round(n * 10) / 10;
    const helpRatio = help / node;
    const bigRatio = analyze2m / seg2m;
    const speedup = hundredCalls / oneCall;
    const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
    return {
      name: 'whole process (node bin/loupe.js, spawn to exit)',
      lines: [
        `${bin === join(root, 'bin/loupe.js') ? 'bin/loupe.js (build/cli)' : bin}, medians, side by side with the baseline`,
        'what                                   loupe ms   baseline ms   ratio',
        `--help vs node -e 0                    ${help.toFixed(0).padStart(8)} ${node.toFixed(0).padStart(13)} ${helpRatio.toFixed(2).padStart(7)}x  (target ≤ 3x) ${verdict(helpRatio <= 3)}`,
        `analyze 2 MB --format json vs segmenter${analyze2m.toFixed(0).padStart(8)} ${seg2m.toFixed(0).padStart(13)} ${bigRatio.toFixed(2).padStart(7)}x  (target ≤ 1.5x) ${verdict(bigRatio <= 1.5)}`,
        `100 × 10 kB: 1 call (--out-dir) vs 100 calls: ${oneCall.toFixed(0)} ms vs ${hundredCalls.toFixed(0)} ms, ${speedup.toFixed(1)}x faster (target ≥ 10x) ${verdict(speedup >= 10)}`,
      ],
      summary: {
        helpMs: r(help),
        nodeMs: r(node),
        helpRatio: +helpRatio.toFixed(2),
        analyze2mMs: r(analyze2m),
        segmenter2mMs: r(seg2m),
        analyze2mRatio: +bigRatio.toFixed(2),
        batch100OneCallMs: r(oneCall),
        batch100CallsMs: r(hundredCalls),
        batchSpeedup: +speedup.toFixed(1),
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await processBench();
  console.log(`# ${r.name}\n${r.lines.join('\n')}`);
}
