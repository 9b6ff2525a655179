import { InputError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { UsageError } from './args.js';
import { processIO, type IO } from './process-io.js';

interface Command {
  HELP: string;
  run(argv: string[], io: IO): Promise<number>;
}
/**
 * The commands. Each module is loaded only when its command runs, so `loupe --help` and every command start
 * without the pipeline, the data or the SDK they do not need. Keep this file's imports light (no core/analyze,
 * no data, no libraries).
 * To add a command: write src/cli/commands/NAME.ts exporting `HELP` and `run(argv, io)`, then add one line here:
 *   NAME: { load: () => import('./commands/NAME.js'), summary: 'what it does, for loupe --help' },
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  analyze: { load: () => import('./commands/analyze.js'), summary: 'annotate articles (files, a folder, a URL or stdin); json, text or html output' },
  outlets: { load: () => import('./commands/outlets.js'), summary: 'look up outlets in the state-media registry; check the registry' },
  headlines: { load: () => import('./commands/headlines.js'), summary: 'judge the framing of headlines, one a line (jsonl)' },
  rubric: { load: () => import('./commands/rubric.js'), summary: 'list the bundled rubrics; validate a rubric file' },
  notes: { load: () => import('./commands/notes.js'), summary: 'draft teacher notes for a report with an LLM (needs ANTHROPIC_API_KEY)' },
  lesson: { load: () => import('./commands/lesson.js'), summary: 'build a lesson file (article + teacher-edited reference); check it; print its handout' },
};

export const HELP = `loupe ${VERSION} — a source-credibility and media-literacy annotator

Usage: loupe <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run "loupe <command> --help" for a command's options.
Example: loupe analyze article.txt --format html --out handout.html
Exit codes: 0 ok, 1 bad input, 2 usage error.
`;

/** Run the CLI; returns the exit code. Errors the user can fix are one line, never a stack trace. */
export async function main(argv: string[], io: IO = processIO()): Promise<number> {
  const debug = argv.includes('--debug');
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`loupe: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`loupe ${name}: ${e.message}\nRun "loupe ${name} --help" for usage.\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`loupe ${name}: ${e.message}\n`);
      if (debug && e.stack) io.stderr(e.stack + '\n');
      return 1;
    }
    io.stderr(`loupe ${name}: unexpected error: ${e instanceof Error ? e.message : String(e)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return 1;
  }
}
