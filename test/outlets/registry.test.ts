import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRegistryData, createRegistry, CuratedFile, findOutletMentions, hostOf, loadRegistry, lookupOutlet, RegistryFile, TYPOLOGY } from '../../src/core/outlets/index.js';
import { buildRegistry, parseCsv } from '../../scripts/build-outlets.js';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DATA = process.env.LOUPE_STATE_MEDIA_DATA ?? resolve(ROOT, 'rubrics/outlets/sources');
const ASD_CSV = resolve(DATA, 'asd-state-media-matrix.csv');
const haveAsd = existsSync(ASD_CSV);

describe('registry data', () => {
  it('registry.json and extra.json validate, every entry cites evidence', async () => {
    const reg = JSON.parse(readFileSync(resolve(ROOT, 'rubrics/outlets/registry.json'), 'utf8'));
    expect(RegistryFile.safeParse(reg).success).toBe(true);
    expect(CuratedFile.safeParse(JSON.parse(readFileSync(resolve(ROOT, 'rubrics/outlets/extra.json'), 'utf8'))).success).toBe(true);
    const r = await loadRegistry();
    expect(r.entries.length).toBeGreaterThan(900);
    for (const e of r.entries) expect(e.evidence.length, e.id).toBeGreaterThan(0);
  });

  it('the outlets the issue names have their own cited entries', async () => {
    const r = await loadRegistry();
    const want = ['hispantv', 'mashregh', 'tasnim', 'mehr', 'kayhan', 'irib', 'alalam', 'presstv-fr', 'rt', 'rt-france', 'rt-espanol', 'sputnik', 'sputnik-afrique', 'sputnik-mundo', 'cgtn-francais', 'cgtn-espanol', 'cri', 'telesur', 'vtv', 'prensa-latina', 'granma', 'cubadebate', 'kcna', 'sana', 'belta'];
    for (const id of want) {
      const e = r.byId.get(id);
      expect(e, id).toBeDefined();
      expect(e!.origin).toBe('curated');
      expect(e!.evidence.some((x) => x.url !== 'https://github.com/ASD-at-GMF/state-media-profiles'), `${id} has evidence of its own`).toBe(true);
      for (const l of ['fr', 'en', 'es'] as const) expect(e!.evidence[0]!.claim[l].length).toBeGreaterThan(10);
    }
  });

  it('keeps reliability apart from the typology', async () => {
    const r = await loadRegistry();
    const aj = r.lookup('https://www.aljazeera.com/news/')!;
    expect(aj.entry.typology).toBe('SC'); // affiliation, per ASD
    expect(aj.entry.reliability?.status).toMatch(/reliable/i); // reliability, per Wikipedia — a different axis
  });

  it.skipIf(!haveAsd)('registry.json is what scripts/build-outlets.ts generates', async () => {
    const { registry } = await buildRegistry();
    const onDisk = JSON.parse(readFileSync(resolve(ROOT, 'rubrics/outlets/registry.json'), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(registry)));
  });
});

describe('ASD hosts: recall on state media, no independent outlet called state media', () => {
  it.skipIf(!haveAsd)('classifies every host of the ASD matrix', async () => {
    const rows = parseCsv(readFileSync(ASD_CSV, 'utf8')).filter((r) => r.URL && r.Typology);
    const r = await loadRegistry();
    let state = 0, stateHit = 0, indep = 0, indepAsState = 0;
    const misses: string[] = [];
    const falsePositives: string[] = [];
    for (const row of rows) {
      const t = row.Typology!.replace(/\?$/, '') as keyof typeof TYPOLOGY;
      const m = r.lookup(row.URL!);
      if (TYPOLOGY[t].state) {
        state++;
        if (m?.stateMedia) stateHit++;
        else misses.push(`${row.URL} (${row['Main assets']}, ${t}) → ${m ? `${m.entry.id} ${m.entry.typology}` : 'nothing'}`);
      } else {
        indep++;
        if (m?.stateMedia) {
          indepAsState++;
          falsePositives.push(`${row.URL} (${row['Main assets']}, ${t}) → ${m.entry.id}`);
        }
      }
    }
    const recall = stateHit / state;
    console.log(`ASD hosts: ${stateHit}/${state} SC/CaPu/CaPr resolve as state media (${(recall * 100).toFixed(1)}%); ${indepAsState}/${indep} IP/ISM/ISF/ISFM resolve as state media`);
    if (misses.length) console.log(`  misses:\n    ${misses.join('\n    ')}`);
    expect(falsePositives).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});

describe('lookupOutlet', () => {
  const cases: [string, string | null, boolean?][] = [
    ['https://french.presstv.ir/Detail/2019/11/07/610', 'presstv-fr', true],
    ['presstv.ir', 'presstv', true],
    ['Press TV française', 'presstv-fr', true],
    ['PressTV', 'presstv', true],
    ['Sputnik Afrique', 'sputnik-afrique', true],
    ['https://fr.sputniknews.africa/20250321/mali.html', 'sputnik-afrique', true],
    ['RT en Español', 'rt-espanol', true],
    ['https://actualidad.rt.com/actualidad/1', 'rt-espanol', true],
    ['https://www.hispantv.com/noticias/venezuela/1', 'hispantv', true],
    ['CGTN Français', 'cgtn-francais', true],
    ['telesurtv.net', 'telesur', true],
    ['https://www.france24.com/fr/afrique/', 'france24', false],
    ['France 24', 'france24', false],
    ['https://www.bbc.com/mundo', 'bbc', false],
    ['Deutsche Welle', 'dw', false],
    ['RFI', 'rfi', false],
    ['https://www.npr.org/2024/01/01/x', 'npr', false],
    // look-alikes resolve to nothing
    ['france24-tv.com', null],
    ['https://france24-tv.com/fr/', null],
    ['sputniknews.com.fake-site.net', null],
    ['https://sputniknews.com.fake-site.net/a', null],
    ['presstv.ir.mirror.example.org', null],
    ['http://presstv.ir.mirror.example.org/x', null],
    ['notpresstv.ir', null],
    ['rt.com.evil.example', null],
    ['Press', null],
    ['The Times', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', async (input, id, state) => {
    const m = await lookupOutlet(input);
    if (id === null) expect(m).toBeNull();
    else {
      expect(m?.entry.id).toBe(id);
      expect(m?.stateMedia).toBe(state);
      expect(m?.stateMedia).toBe(TYPOLOGY[m!.entry.typology].state);
    }
  });

  it('hostOf reads URLs and bare hosts, and refuses prose', () => {
    expect(hostOf('https://WWW.PressTV.ir:443/a?b')).toEqual({ host: 'presstv.ir', path: '/a' });
    expect(hostOf('fr.sputniknews.africa/x')?.host).toBe('fr.sputniknews.africa');
    expect(hostOf('Press TV')).toBeNull();
    expect(hostOf('ftp://presstv.ir')).toBeNull();
  });
});

describe('findOutletMentions', () => {
  interface Case { text: string; mentions: [quote: string, id: string, cue?: string][] }
  const cases: Case[] = [
    { text: 'Le ministre est arrivé à Caracas, d’après Fars News.', mentions: [['Fars News', 'fars', 'citation']] },
    { text: 'Selon l’agence officielle IRNA, la visite durera trois jours.', mentions: [['IRNA', 'irna', 'citation']] },
    { text: '« Nous resterons », a-t-il dit, a rapporté l’agence Tasnim.', mentions: [['Tasnim', 'tasnim', 'citation']] },
    { text: 'The minister told TeleSUR the talks would continue.', mentions: [['TeleSUR', 'telesur', 'venue']] },
    { text: 'According to RT, the deal was signed on Monday.', mentions: [['RT', 'rt', 'citation']] },
    { text: 'Según HispanTV, el acuerdo es firme.', mentions: [['HispanTV', 'hispantv', 'citation']] },
    { text: 'Una imagen difundida por la agencia estatal. Foto: Prensa Latina', mentions: [['Prensa Latina', 'prensa-latina', 'credit']] },
    { text: 'Le ministre cubain à La Havane. ©IRNA', mentions: [['IRNA', 'irna', 'credit']] },
    { text: 'La chaîne RT France a été interdite en 2022.', mentions: [['RT France', 'rt-france']] },
    { text: 'Sputnik Afrique, qui a remplacé Sputnik France, vise le Sahel.', mentions: [['Sputnik Afrique', 'sputnik-afrique'], ['Sputnik France', 'sputnik-france']] },
    { text: 'Voir https://french.presstv.ir/Detail/1 pour la version originale.', mentions: [['french.presstv.ir', 'presstv-fr', 'citation']] },
    // must stay silent
    { text: 'RT @ministre: merci à tous pour votre soutien', mentions: [] },
    { text: 'Le lancement de Spoutnik en 1957 a ouvert l’ère spatiale ; le satellite Sputnik 1 pesait 83 kg.', mentions: [] },
    { text: 'In these global times, cooperation matters more than ever.', mentions: [] },
    { text: 'El yate Granma llegó a las costas de Cuba en diciembre de 1956.', mentions: [] },
    { text: 'La Comunidad Andina se reunió en Lima.', mentions: [] },
    { text: 'The press TV crews waited outside the court.', mentions: [] },
    { text: 'La province du Fars est connue pour Chiraz.', mentions: [] },
    { text: 'Il a acheté un nom de domaine, france24-tv.com, et un autre, sputniknews.com.fake-site.net.', mentions: [] },
    { text: 'Il a cité presstv.ir.mirror.example.org comme source.', mentions: [] },
    { text: 'Wine Market Struggles to Adjust in a new era of tariffs', mentions: [] },
    { text: '35 Celebrity Photos You Didn’t See On TV At The MTV EMAs', mentions: [] },
    { text: 'China’s official Xinhua news agency reported that patrols continued.', mentions: [['Xinhua news agency', 'xinhua', 'citation']] },
    { text: 'Según reportó Sputnik Mundo, los aviones ya operan desde la isla.', mentions: [['Sputnik Mundo', 'sputnik-mundo', 'citation']] },
    { text: 'El ministerio respondió, en declaraciones recogidas por RTVE, que no hubo anomalías.', mentions: [['RTVE', 'rtve', 'citation']] },
    { text: 'Selon L’Économiste, le chiffre d’affaires a progressé de 4 %.', mentions: [] },
  ];
  it.each(cases)('$text', async ({ text, mentions }) => {
    const r = await loadRegistry();
    const got = findOutletMentions(text, r);
    expect(got.map((m) => [m.quote, m.entry.id])).toEqual(mentions.map(([q, id]) => [q, id]));
    for (const [i, [q, , cue]] of mentions.entries()) {
      expect(text.slice(got[i]!.start, got[i]!.end)).toBe(q);
      if (cue) expect(got[i]!.cue).toBe(cue);
    }
  });

  it('guarded names match in a slot (source line, credit) and offsets shift', async () => {
    const r = await loadRegistry();
    const m = findOutletMentions('Source : Sputnik', r, { slot: true, offset: 100 });
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ start: 109, end: 116, quote: 'Sputnik' });
    expect(findOutletMentions('Source : Sputnik', r)).toHaveLength(1); // "source :" is a citation cue
    expect(findOutletMentions('Sputnik', r)).toHaveLength(0);
  });
});

describe('checkRegistryData', () => {
  const entry = (id: string, extra: Record<string, unknown> = {}) => ({
    id, name: id, aliases: [id], hosts: [`${id}.example.org`], typology: 'SC',
    evidence: [{ claim: { fr: 'x', en: 'x', es: 'x' }, source: 's', url: 'https://example.org/' }], ...extra,
  });
  it('the bundled registry has no errors', async () => {
    const data = JSON.parse(readFileSync(resolve(ROOT, 'rubrics/outlets/registry.json'), 'utf8'));
    expect(checkRegistryData(data).problems.filter((p) => p.level === 'error')).toEqual([]);
  });
  it('reports duplicate hosts and aliases, missing evidence, bad URLs, dangling parents', () => {
    const r = checkRegistryData({
      entries: [
        entry('alpha'),
        entry('beta', { hosts: ['alpha.example.org'], aliases: ['Alpha'] }),
        entry('gamma', { parent: 'nobody' }),
      ],
    });
    const msgs = r.problems.filter((p) => p.level === 'error').map((p) => p.message).join('\n');
    expect(msgs).toMatch(/host alpha\.example\.org is claimed by 2 curated entries/);
    expect(msgs).toMatch(/alias "alpha" names 2 curated entries/);
    expect(msgs).toMatch(/parent "nobody"/);
    const bad = checkRegistryData({ entries: [entry('delta', { evidence: [] }), entry('eps', { evidence: [{ claim: { fr: 'x', en: 'x', es: 'x' }, source: 's', url: 'notaurl' }] })] });
    expect(bad.problems.map((p) => p.message).join('\n')).toMatch(/no entry without a source|evidence/);
    expect(bad.problems.some((p) => p.level === 'error')).toBe(true);
  });
  it('createRegistry refuses invalid data in one line', () => {
    expect(() => createRegistry({ entries: [{ id: 'x' }] })).toThrow(/^outlet registry is invalid: /);
  });
});
