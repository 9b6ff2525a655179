/** Where a command writes; tests pass their own. (Its own module, without imports, so main.ts stays light.) */
export interface IO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Standard error is a terminal: progress lines may be drawn there (never otherwise). */
  stderrIsTTY?: boolean;
}

export function processIO(): IO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
