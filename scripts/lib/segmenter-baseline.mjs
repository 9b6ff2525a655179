// The whole-process baseline of `npm run bench` (plain JavaScript, nothing to compile): read a text file, then
// the same pass as the in-process baseline — split paragraphs, Intl.Segmenter sentences, then words — and
// print the word count. Usage: node scripts/lib/segmenter-baseline.mjs FILE
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
const sentences = new Intl.Segmenter('fr', { granularity: 'sentence' });
const words = new Intl.Segmenter('fr', { granularity: 'word' });
let count = 0;
for (const p of text.split(/\n\s*\n/)) {
  for (const s of sentences.segment(p)) {
    for (const w of words.segment(s.segment)) if (w.isWordLike) count++;
  }
}
process.stdout.write(`${count}\n`);
