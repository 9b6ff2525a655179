import type { IO } from '../io.js';

export const HELP = `loupe rubric — not available yet.
`;

/** Placeholder until its issue lands (the owner replaces this file). */
export async function run(_argv: string[], io: IO): Promise<number> {
  io.stderr('loupe rubric: not available yet\n');
  return 2;
}
