import { z } from 'zod';

/**
 * What the model returns: a FLAT list of notes (one level; strings and a list of strings), one per annotation.
 * Descriptions go into the JSON Schema the API constrains decoding with.
 */
export const NoteDraft = z.object({
  annotationId: z.string().describe('The id of the annotation this note explains, copied exactly from the list.'),
  text: z.string().describe('Teacher explanation: at most 80 words, in the requested language.'),
  question: z.string().describe('One question to ask students about this passage, in the requested language.'),
  check: z.string().describe('How to check it (lateral reading: where to look, what to search), in the requested language.'),
  quotes: z.array(z.string()).describe('Every passage of the article the note quotes, copied exactly; empty if none.'),
});
export type NoteDraft = z.infer<typeof NoteDraft>;

export const NotesOutput = z.object({
  notes: z.array(NoteDraft),
});
export type NotesOutput = z.infer<typeof NotesOutput>;
