import { describe, expect, it } from 'vitest';
import { checkRubricText, parseRubric, RubricError, MAX_RUBRIC_BYTES } from '../../src/core/rubric/load.js';
import { InputError } from '../../src/core/errors.js';

/** A valid rubric, as a teacher might write it (line numbers below refer to this text). */
const GOOD = `# my rubric
id: my-rubric
version: 2
title: { fr: Ma grille, en: My rubric, es: Mi rúbrica }
description: { fr: Pour la classe, en: For class, es: Para la clase }
criteria:
  - id: sourcing
    title: { fr: Sources, en: Sources, es: Fuentes }
    description: { fr: D'où vient l'info ?, en: Where does it come from?, es: ¿De dónde viene? }
    points: 10
    deductions:
      - kind: unsourced-claim
        points: { warning: 4, caution: 2 }
      - kind: transparency
        messageIds: [no-byline]
        points: 1
    prompts: { fr: [Qui le dit ?], en: [Who says so?], es: [¿Quién lo dice?] }
    sources:
      - title: My lesson
  - id: photos
    title: { fr: Photos, en: Photos, es: Fotos }
    description: { fr: La photo, en: The photo, es: La foto }
    points: 5
    deductions:
      - kind: caption-mismatch
        points: 5
    prompts: { fr: [Où ?], en: [Where?], es: [¿Dónde?] }
    sources:
      - title: CLEMI
        url: https://clemi.fr/
bands:
  - { id: ok, min: 60, label: { fr: Bien, en: Good, es: Bien } }
  - { id: low, min: 0, label: { fr: Faible, en: Weak, es: Débil } }
`;

const edit = (from: string, to: string) => {
  if (!GOOD.includes(from)) throw new Error(`test bug: "${from}" not in GOOD`);
  return GOOD.replace(from, to);
};

describe('parseRubric', () => {
  it('reads a valid rubric, with defaults filled in', () => {
    const r = parseRubric(GOOD, 'my.rubric.yaml');
    expect(r.id).toBe('my-rubric');
    expect(r.version).toBe(2);
    expect(r.criteria.map((c) => [c.id, c.points, c.deductions.length])).toEqual([
      ['sourcing', 10, 2],
      ['photos', 5, 1],
    ]);
    expect(checkRubricText(GOOD, 'my.rubric.yaml').warnings).toEqual([]);
  });

  it('warns, without failing, about texts missing in a language', () => {
    const r = checkRubricText(edit('title: { fr: Photos, en: Photos, es: Fotos }', 'title: { fr: Photos }'), 'f.yaml');
    expect(r.errors).toEqual([]);
    expect(r.warnings.join('\n')).toMatch(/f\.yaml: 1 text has no "en" version/);
  });

  // Broken files: each error names the file, the line and column, the field path, and what is wrong.
  const broken: { name: string; text: string; error: RegExp }[] = [
    { name: 'bad YAML (unclosed flow list)', text: edit('prompts: { fr: [Où ?]', 'prompts: { fr: [Où ?'), error: /^f\.yaml:\d+:\d+: .+/ },
    { name: 'bad YAML (bad indentation)', text: edit('    points: 5\n', '   points: 5\n'), error: /^f\.yaml:2[34]:\d+: / },
    { name: 'a number written as a word', text: edit('    points: 10', '    points: ten'), error: /^f\.yaml:10:13: criteria\[0\]\.points: expected a number, got a text \("ten"\)$/ },
    { name: 'points missing', text: edit('    points: 10\n', ''), error: /^f\.yaml:7:\d+: criteria\[0\]\.points: missing; expected a number$/ },
    { name: 'negative points', text: edit('points: { warning: 4, caution: 2 }', 'points: -3'), error: /^f\.yaml:13:17: criteria\[0\]\.deductions\[0\]\.points: / },
    { name: 'unknown kind', text: edit('kind: caption-mismatch', 'kind: fake-photo'), error: /^f\.yaml:25:15: criteria\[1\]\.deductions\[0\]\.kind: unknown kind "fake-photo" \(expected one of: state-media, .*\)$/ },
    { name: 'unknown message id', text: edit('messageIds: [no-byline]', 'messageIds: [no-author]'), error: /^f\.yaml:15:22: criteria\[0\]\.deductions\[1\]\.messageIds\[0\]: unknown message id "no-author" for kind transparency \(known: no-byline, no-date, no-source\)$/ },
    { name: 'duplicate criterion id', text: edit('  - id: photos', '  - id: sourcing'), error: /^f\.yaml:20:9: criteria\[1\]\.id: duplicate criterion id "sourcing" \(also criteria\[0\]\)$/ },
    { name: 'misspelt field', text: edit('    deductions:\n      - kind: caption', '    deductoins:\n      - kind: caption'), error: /^f\.yaml:24:5: criteria\[1\]: unknown field "deductoins" \(check the spelling/ },
    { name: '__proto__ key', text: edit('    points: 10\n', '    points: 10\n    __proto__: { polluted: true }\n'), error: /^f\.yaml:11:5: the key "__proto__" is not allowed$/ },
    { name: 'constructor key', text: edit('id: my-rubric\n', 'id: my-rubric\nconstructor: 1\n'), error: /^f\.yaml:3:1: the key "constructor" is not allowed$/ },
    { name: 'prototype key in a flow map', text: edit('title: { fr: Ma grille,', 'title: { prototype: x, fr: Ma grille,'), error: /^f\.yaml:4:10: the key "prototype" is not allowed$/ },
    { name: 'duplicate YAML key', text: edit('version: 2\n', 'version: 2\nversion: 3\n'), error: /^f\.yaml:4:1: Map keys must be unique/ },
    { name: 'aliases', text: edit('title: { fr: Ma grille, en: My rubric, es: Mi rúbrica }', 'title: &t { fr: Ma grille, en: My rubric, es: Mi rúbrica }').replace('description: { fr: Pour la classe, en: For class, es: Para la clase }', 'description: *t'), error: /^f\.yaml:5:14: aliases \(\*t\) are not allowed/ },
    { name: 'deducting for independent media', text: edit('kind: caption-mismatch', 'kind: source-profile'), error: /^f\.yaml:25:15: criteria\[1\]\.deductions\[0\]\.kind: source-profile notes describe independent outlets and never deduct points$/ },
    { name: 'no band at 0', text: edit('min: 0,', 'min: 10,'), error: /^f\.yaml:\d+:\d+: bands: one band must start at min: 0/ },
    { name: 'a source URL that is not a link', text: edit('url: https://clemi.fr/', 'url: javascript:alert(1)'), error: /^f\.yaml:30:14: criteria\[1\]\.sources\[0\]\.url: / },
    { name: 'bad id', text: edit('id: my-rubric', 'id: My Rubric'), error: /^f\.yaml:2:5: id: rubric id must be lower-case/ },
    { name: 'not a mapping', text: '- just\n- a list\n', error: /^f\.yaml:1:1: \(root\): expected a mapping/ },
    { name: 'empty file', text: '  \n# nothing\n', error: /^f\.yaml: / },
  ];
  for (const t of broken)
    it(`says where: ${t.name}`, () => {
      const r = checkRubricText(t.text, 'f.yaml');
      expect(r.rubric).toBeUndefined();
      expect(r.errors[0]).toMatch(t.error);
      expect(() => parseRubric(t.text, 'f.yaml')).toThrow(RubricError);
    });

  it('lists at most ten problems, then how many more', () => {
    const text = GOOD.replace(/criteria:\n/, `criteria:\n${Array.from({ length: 12 }, (_, i) => `  - { id: c${i}, points: x }\n`).join('')}`);
    const r = checkRubricText(text, 'f.yaml');
    expect(r.errors.length).toBe(11);
    expect(r.errors[10]).toMatch(/^f\.yaml: … and \d+ more$/);
  });

  it('refuses a file above the size cap before parsing it', () => {
    const big = GOOD + `# ${'x'.repeat(MAX_RUBRIC_BYTES)}\n`;
    expect(checkRubricText(big, 'big.yaml').errors).toEqual([expect.stringMatching(/^big\.yaml: too large \(\d+ kB; a rubric file may be at most 256 kB\)$/)]);
  });

  it('a RubricError is a one-line InputError that points to loupe rubric validate', () => {
    try {
      parseRubric(GOOD.replace(/points: (\d+)/g, 'points: x$1'), 'f.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const msg = (e as Error).message;
      expect(msg).not.toContain('\n');
      expect(msg).toMatch(/^f\.yaml:10:13: criteria\[0\]\.points: expected a number.*run "loupe rubric validate f\.yaml"/);
    }
  });

  it('never pollutes Object.prototype', () => {
    checkRubricText('id: x\n__proto__:\n  polluted: true\n', 'p.yaml');
    checkRubricText('{"__proto__": {"polluted": true}}', 'p.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
