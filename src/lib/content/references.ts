/** A content problem located in a file and field: what is wrong and how to fix it. */
export class ContentReferenceError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Content references that point nowhere:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ContentReferenceError';
    this.problems = problems;
  }
}

/**
 * Collects every reference that points nowhere while the site is resolved, so the build reports them
 * all at once (one line each: file, field, what is wrong, how to fix it) instead of the first alone.
 */
export class ReferenceLog {
  readonly problems: string[] = [];

  report(file: string | undefined, field: string, message: string): void {
    this.problems.push(`${file ?? '?'}  ${field}  ${message}`);
  }

  /** The entry `ref` names, or undefined with a problem saying which file to create (`folder`) or id to fix. */
  resolve<T>(map: ReadonlyMap<string, T>, ref: { id: string }, file: string | undefined, field: string, folder: string) {
    const target = map.get(ref.id);
    if (!target) this.report(file, field, `"${ref.id}" does not exist — create ${folder} or fix the id`);
    return target;
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new ContentReferenceError(this.problems);
  }
}

export const present = <T>(value: T | undefined): value is T => value !== undefined;
