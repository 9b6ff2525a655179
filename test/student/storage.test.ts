import { describe, expect, it } from 'vitest';
import {
  STORAGE_PREFIX,
  addAnnotation,
  articleKey,
  createAnnotation,
  createWorkStore,
  emptyWork,
  fnv1a64,
  type StorageLike,
  type StudentWork,
} from '../../src/core/student/index.js';

/** Reference FNV-1a 64 with BigInt over UTF-8 bytes. */
function fnvRef(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(s)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  // Published FNV-1a 64 test vectors (Fowler/Noll/Vo), and our own strings checked against a BigInt reference.
  const vectors: [string, string][] = [
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ];
  for (const [s, h] of vectors) it(`vector ${JSON.stringify(s)}`, () => expect(fnv1a64(s)).toBe(h));
  const strings = ['Élysée', 'El niño 🇪🇸 año', '\u00a0\u202f', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👨‍👩‍👧', 'x'.repeat(1000), 'Prénom: Zoë; ciudad: Logroño; 漢字'];
  for (const s of strings) it(`matches BigInt reference: ${s.slice(0, 20)}`, () => expect(fnv1a64(s)).toBe(fnvRef(s)));
  it('lone surrogates hash like U+FFFD (as TextEncoder does)', () => expect(fnv1a64('a\ud800b')).toBe(fnvRef('a\ud800b')));
});

describe('articleKey', () => {
  it('is stable and includes the length', () => {
    const t = 'Le maire a démissionné.';
    expect(articleKey(t)).toBe(articleKey(t));
    expect(articleKey(t)).toMatch(new RegExp(`^[0-9a-f]{16}-${t.length}$`));
  });
  it('differs for texts differing by one character or by NBSP vs space', () => {
    const keys = ['El alcalde dimitió.', 'El alcalde dimitió!', 'El\u00a0alcalde dimitió.', 'el alcalde dimitió.'].map(articleKey);
    expect(new Set(keys).size).toBe(4);
  });
});

/** An in-memory Storage with switchable failures. */
class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  quotaLeft = Infinity;
  failGet = false;
  failSet: Error | null = null;
  getItem(k: string) {
    if (this.failGet) throw Object.assign(new Error('SecurityError: denied'), { name: 'SecurityError' });
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.failSet) throw this.failSet;
    const used = [...this.data.entries()].filter(([key]) => key !== k).reduce((n, [, val]) => n + val.length, 0);
    if (used + v.length > this.quotaLeft) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 5, 1, 9, 0, tick++));
const TEXT = 'Según un portavoz, el acuerdo se firmará mañana. Nadie lo confirmó.';
const KEY = articleKey(TEXT);
function workWith(n: number): StudentWork {
  let w = emptyWork(KEY, clock);
  for (let i = 0; i < n; i++) w = addAnnotation(w, createAnnotation(TEXT, { kind: 'unsourced-claim', start: i, end: i + 10, note: `nota ${i} 😀`, id: `n${i}` }, clock), clock);
  return w;
}

describe('createWorkStore', () => {
  it('loads empty work when nothing is stored', () => {
    const s = createWorkStore(new FakeStorage(), KEY, clock);
    const w = s.load();
    expect(w.annotations).toEqual([]);
    expect(w.articleKey).toBe(KEY);
    expect(s.info().from).toBe('empty');
  });

  it('round-trips and alternates slots, keeping the previous version', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    const v1 = workWith(1);
    const v2 = workWith(2);
    expect(s.save(v1)).toMatchObject({ ok: true, slot: 'a', seq: 1 });
    expect(s.save(v2)).toMatchObject({ ok: true, slot: 'b', seq: 2 });
    expect(s.load()).toEqual(v2);
    expect(st.data.size).toBe(2);
    expect([...st.data.keys()].every((k) => k.startsWith(STORAGE_PREFIX + KEY))).toBe(true);
    // a new store (a reload) sees the same
    expect(createWorkStore(st, KEY, clock).load()).toEqual(v2);
  });

  const corruptions: { name: string; corrupt: (raw: string) => string }[] = [
    { name: 'truncated JSON (a save cut off half-way)', corrupt: (raw) => raw.slice(0, Math.floor(raw.length / 2)) },
    { name: 'not JSON at all', corrupt: () => '\u0000\u0000garbage' },
    { name: 'valid JSON, wrong checksum (edited by hand)', corrupt: (raw) => raw.replace('nota 1', 'nota X') },
    { name: 'valid JSON, not a work', corrupt: () => JSON.stringify({ format: 'loupe-student-work', v: 1, seq: 99, sum: 'x', work: { hello: 1 } }) },
    { name: 'a future format version', corrupt: (raw) => raw.replace('"v":1', '"v":2') },
    { name: 'null', corrupt: () => 'null' },
  ];
  for (const c of corruptions) {
    it(`keeps the last good version when the newest slot holds ${c.name}`, () => {
      const st = new FakeStorage();
      const s = createWorkStore(st, KEY, clock);
      const v1 = workWith(1);
      s.save(v1);
      s.save(workWith(2)); // goes to slot b
      const bKey = s.slots[1];
      st.data.set(bKey, c.corrupt(st.data.get(bKey)!));
      let loaded: StudentWork | undefined;
      expect(() => (loaded = s.load())).not.toThrow();
      expect(loaded).toEqual(v1);
      expect(s.info().from).toBe('a');
      expect(s.info().problems.join(' ')).toMatch(/slot b/);
      // the next save overwrites the broken slot, not the good one
      const v3 = workWith(3);
      expect(s.save(v3)).toMatchObject({ ok: true, slot: 'b' });
      expect(s.load()).toEqual(v3);
    });
  }

  it('a save that crashes mid-write leaves the previous version loadable', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    const v1 = workWith(1);
    s.save(v1);
    const realSet = st.setItem.bind(st);
    st.setItem = (k, v) => {
      realSet(k, v.slice(0, 40));
      throw new Error('tab killed');
    };
    expect(s.save(workWith(2))).toMatchObject({ ok: false, reason: 'unavailable' });
    st.setItem = realSet;
    expect(createWorkStore(st, KEY, clock).load()).toEqual(v1);
  });

  it('reports a full storage instead of throwing, and keeps the last version', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    const v1 = workWith(1);
    s.save(v1);
    st.quotaLeft = st.data.get(s.slots[0])!.length + 10;
    const r = s.save(workWith(40));
    expect(r).toMatchObject({ ok: false, reason: 'quota' });
    expect(s.load()).toEqual(v1);
  });

  it('frees the stale slot when that is enough to fit', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    s.save(workWith(5)); // a
    s.save(workWith(1)); // b (newest, small)
    const sizeA = st.data.get(s.slots[0])!.length;
    const sizeB = st.data.get(s.slots[1])!.length;
    // room for b + one slot the size of a, not for both plus a bigger third
    st.quotaLeft = sizeA + sizeB + 5;
    // The fake counts the stale value of the target too, so the first try fails and the retry fits.
    const realSet = st.setItem.bind(st);
    let first = true;
    st.setItem = (k, v) => {
      if (first) {
        first = false;
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      }
      realSet(k, v);
    };
    const v3 = workWith(4);
    expect(s.save(v3)).toMatchObject({ ok: true, slot: 'a' });
    expect(s.load()).toEqual(v3);
  });

  it('never throws when storage itself is unavailable', () => {
    const st = new FakeStorage();
    st.failGet = true;
    st.failSet = Object.assign(new Error('SecurityError'), { name: 'SecurityError' });
    const s = createWorkStore(st, KEY, clock);
    expect(s.load().annotations).toEqual([]);
    expect(s.info().problems[0]).toMatch(/storage unavailable/);
    expect(s.save(workWith(1))).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('refuses invalid work and work for another article', () => {
    const s = createWorkStore(new FakeStorage(), KEY, clock);
    expect(s.save({ ...workWith(1), articleKey: 'other-1' })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(s.save({ ...workWith(0), version: 2 } as unknown as StudentWork)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('ignores a slot copied from another article', () => {
    const st = new FakeStorage();
    const other = createWorkStore(st, 'zzz-1', clock);
    other.save({ ...emptyWork('zzz-1', clock) });
    const s = createWorkStore(st, KEY, clock);
    st.data.set(s.slots[0], st.data.get(other.slots[0])!);
    expect(s.load().articleKey).toBe(KEY);
    expect(s.info().problems.join(' ')).toMatch(/another article/);
  });

  it('two tabs saving in turn never overwrite the newest version', () => {
    const st = new FakeStorage();
    const tab1 = createWorkStore(st, KEY, clock);
    const tab2 = createWorkStore(st, KEY, clock);
    const versions = [1, 2, 3, 4, 5].map(workWith);
    versions.forEach((v, i) => {
      const r = (i % 2 ? tab2 : tab1).save(v);
      expect(r).toMatchObject({ ok: true, seq: i + 1 });
      expect(tab1.load()).toEqual(v);
      expect(tab2.load()).toEqual(v);
    });
  });

  it('load returns a copy the caller may change', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    s.save(workWith(2));
    const w = s.load();
    w.annotations.pop();
    expect(s.load().annotations).toHaveLength(2);
  });

  it('clear removes both slots', () => {
    const st = new FakeStorage();
    const s = createWorkStore(st, KEY, clock);
    s.save(workWith(1));
    s.save(workWith(2));
    expect(s.clear()).toBe(true);
    expect(st.data.size).toBe(0);
    expect(s.load().annotations).toEqual([]);
  });
});
