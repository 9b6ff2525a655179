import { loadCorpus } from './corpus.js';

let paragraphs: string[] | undefined;

/** The eval corpus's plain-text paragraphs (over 60 characters), the material of the bench articles. */
export async function benchParagraphs(): Promise<string[]> {
  paragraphs ??= (await loadCorpus())
    .filter((f) => f.file.endsWith('.txt'))
    .flatMap((f) => f.input.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 60));
  return paragraphs;
}

/** Deterministic pseudo-random article text of about `size` characters: a headline, then shuffled paragraphs. */
export function makeText(paragraphs: readonly string[], size: number, seed = 7): string {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const parts = ['Benchmark article: a long report assembled from the evaluation corpus'];
  let n = parts[0]!.length;
  while (n < size) {
    const p = paragraphs[Math.floor(rnd() * paragraphs.length)]!;
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n').slice(0, size);
}
