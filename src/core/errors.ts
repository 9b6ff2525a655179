/**
 * An error in what the user gave us (a file, a rubric, a URL): its message is shown as is, on one line,
 * without a stack trace. `where` names the file/field/line when known.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** "criteria[2].points" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

/** One line per zod issue: "criteria[2].points: expected a number". At most `max` issues. */
export function formatZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[], max = 10): string[] {
  const lines = issues.slice(0, max).map((i) => `${formatPath(i.path)}: ${i.message}`);
  if (issues.length > max) lines.push(`… and ${issues.length - max} more`);
  return lines;
}
