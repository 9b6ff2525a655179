import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../cli/helpers.js';

const dir = await mkdtemp(join(tmpdir(), 'loupe-rubric-'));
const credibility = await readFile(new URL('../../rubrics/credibility.rubric.yaml', import.meta.url), 'utf8');

/** An article of our own, plain text as scraped: no byline, so the authorship criterion moves. */
const ARTICLE = `Accueil › Sciences

Un nouveau télescope installé dans les Alpes

L'observatoire du plateau a inauguré mardi un télescope de deux mètres, a annoncé son directeur, Paul Martin, lors d'une conférence de presse.

« Nous pourrons suivre des comètes très faibles », a-t-il déclaré. Selon le rapport annuel de l'observatoire, la construction a coûté 4 millions d'euros.

Source : Agence Alpine de Presse
`;

describe('loupe rubric', () => {
  it('list shows the bundled rubrics, the default marked', async () => {
    const r = await run(['rubric', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^credibility\s+.+\(default\)$/m);
    expect(r.stdout).toMatch(/^sift\s/m);
    expect(r.stdout).toMatch(/^craap\s/m);
    const j = await run(['rubric', 'list', '--format', 'json', '--lang', 'fr']);
    expect(JSON.parse(j.stdout).map((x: { id: string }) => x.id)).toEqual(['credibility', 'craap', 'sift']);
  });

  it('validate: exit 0 and a one-line summary for a good file', async () => {
    const r = await run(['rubric', 'validate', 'rubrics/sift.rubric.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^rubrics\/sift\.rubric\.yaml: ok — sift v1: 4 criteria, 100 points, 3 bands — /);
    expect(r.stderr).toBe('');
  });

  it('validate: exit 1 and located errors for a broken copy, no stack trace', async () => {
    const f = join(dir, 'broken.rubric.yaml');
    await writeFile(f, credibility.replace('    points: 20\n', '    points: "twenty"\n').replace('kind: headline-framing', 'kind: headline'));
    const r = await run(['rubric', 'validate', f]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${f.replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: criteria\\[1\\]\\.points: expected a number, got a text \\("twenty"\\)$`));
    expect(lines[1]).toMatch(/:\d+:\d+: criteria\[2\]\.deductions\[0\]\.kind: unknown kind "headline"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate: a missing file, and no file at all', async () => {
    expect(await run(['rubric', 'validate', join(dir, 'nope.yaml')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/nope\.yaml: no such file/) });
    expect((await run(['rubric', 'validate'])).code).toBe(2);
    expect((await run(['rubric', 'frobnicate'])).code).toBe(2);
  });
});

describe('loupe analyze --rubric', { timeout: 60_000 }, () => {
  const art = join(dir, 'telescope.txt');
  it('a teacher copies the default rubric, changes weights and prompts, and scores with it', async () => {
    await writeFile(art, ARTICLE);
    const copy = credibility
      .replace('id: credibility', 'id: ma-grille')
      .replace('version: 1', 'version: 2b')
      .replace(/(messageIds: \[no-byline\]\n\s+points: )3/, '$110')
      .replace(/(- id: authorship-date[\s\S]*?\n    points: )\d+/, '$125')
      .replace('- "Qui a écrit cet article ? Que trouvez-vous sur cette personne ?"', '- "Cherchez l\'auteur sur le site du journal."');
    const f = join(dir, 'ma-grille.rubric.yaml');
    await writeFile(f, copy);
    const base = JSON.parse((await run(['analyze', art, '--format', 'json'])).stdout);
    const r = await run(['analyze', art, '--format', 'json', '--rubric', f]);
    expect(r.code).toBe(0);
    const mine = JSON.parse(r.stdout);
    expect(mine.score.rubric).toEqual({ id: 'ma-grille', version: '2b', title: "Crédibilité de l'article" });
    expect(base.score.max).toBe(100);
    const baseAuthor = base.score.criteria.find((c: { id: string }) => c.id === 'authorship-date');
    expect(mine.score.max).toBe(100 - baseAuthor.max + 25);
    const author = mine.score.criteria.find((c: { id: string }) => c.id === 'authorship-date');
    expect(author.max).toBe(25);
    expect(author.prompts).toContain("Cherchez l'auteur sur le site du journal.");
    const noByline = mine.annotations.find((a: { messageId: string }) => a.messageId === 'no-byline');
    expect(noByline).toBeDefined();
    expect(author.reasons.find((x: { annotationIds: string[] }) => x.annotationIds.includes(noByline.id)).delta).toBe(-10);
  });

  it('a bundled id picks that rubric; the text scorecard shows it', async () => {
    const r = await run(['analyze', art, '--rubric', 'sift', '--format', 'text', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score \(SIFT — the four moves\): [\d.]+\/100 — /);
    expect(r.stdout).toMatch(/I — Investigate the source: [\d.]+\/35/);
  });

  it('a broken rubric file or an unknown id is one clear line, exit 1', async () => {
    const f = join(dir, 'typo.rubric.yaml');
    await writeFile(f, credibility.replace(/(- id: source-independence[\s\S]*?\n    )points:/, '$1pionts:'));
    const r = await run(['analyze', art, '--rubric', f]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/typo\.rubric\.yaml:\d+:\d+: criteria\[0\]/);
    const u = await run(['analyze', art, '--rubric', 'newsguard']);
    expect(u.code).toBe(1);
    expect(u.stderr).toMatch(/unknown rubric "newsguard" \(bundled: credibility, craap, sift/);
  });

  it('--no-score leaves the score out', async () => {
    const r = await run(['analyze', art, '--format', 'json', '--no-score']);
    expect(JSON.parse(r.stdout).score).toBeNull();
  });
});
