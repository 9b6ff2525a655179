import { main } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

/** Run the CLI in-process with captured output. */
export async function run(argv: string[], opts: { stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv; cwd?: string; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => (typeof opts.stdin === 'string' ? new TextEncoder().encode(opts.stdin) : (opts.stdin ?? new Uint8Array())),
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    stderrIsTTY: opts.tty,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
