import { InputError } from '../core/errors.js';
import { VERSION } from '../core/analyze.js';
import { UsageError } from './args.js';
import { processIO, type IO } from './io.js';
import * as analyze from './commands/analyze.js';
import * as outlets from './commands/outlets.js';
import * as headlines from './commands/headlines.js';
import * as rubric from './commands/rubric.js';
import * as notes from './commands/notes.js';
import * as lesson from './commands/lesson.js';

interface Command {
  HELP: string;
  run(argv: string[], io: IO): Promise<number>;
}
const COMMANDS: Record<string, { cmd: Command; summary: string }> = {
  analyze: { cmd: analyze, summary: 'annotate an article (file, URL or stdin); json, text or html output' },
  outlets: { cmd: outlets, summary: 'look up outlets in the state-media registry; check the registry' },
  headlines: { cmd: headlines, summary: 'judge the framing of headlines, one a line (jsonl)' },
  rubric: { cmd: rubric, summary: 'list the bundled rubrics; validate a rubric file' },
  notes: { cmd: notes, summary: 'draft teacher notes for a report with an LLM (needs ANTHROPIC_API_KEY)' },
  lesson: { cmd: lesson, summary: 'build a lesson file (article + teacher-edited reference); check it; print its handout' },
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
    return await entry.cmd.run(rest, io);
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
