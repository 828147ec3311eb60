import { execFileSync } from 'node:child_process';

/**
 * The dates (YYYY-MM-DD, newest first, one per day) of the commits that touched each file under
 * `pathspec`, keyed by path relative to `cwd`. One `git log` for the whole folder, not one per page;
 * renames are followed. Empty when there is no usable history: no git, not a repository, or a
 * shallow clone (whose single commit would date every file to the day of the clone).
 */
export function readGitHistory(cwd: string, pathspec = 'content'): Map<string, string[]> {
  const history = new Map<string, string[]>();
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  let log: string;
  try {
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return history;
    log = git('log', '--relative', '-M', '--name-status', '--format=%x1e%cs', '--', pathspec);
  } catch {
    return history;
  }
  // Newest commit first: a rename maps the old name onto the file's current name for older commits.
  const currentName = new Map<string, string>();
  const nameNow = (path: string) => currentName.get(path) ?? path;
  for (const record of log.split('\x1e').slice(1)) {
    const [date = '', ...lines] = record.trim().split('\n');
    for (const line of lines) {
      const [status = '', ...paths] = line.split('\t');
      if (paths.length === 0) continue;
      const file = nameNow(paths.at(-1)!);
      if (status.startsWith('R') && paths.length === 2) currentName.set(paths[0]!, file);
      const dates = history.get(file) ?? [];
      if (dates.at(-1) !== date) dates.push(date);
      history.set(file, dates);
    }
  }
  return history;
}

let cached: Map<string, string[]> | undefined;

/** Commit dates of every file in content/, read once per build. */
export function contentHistory(): Map<string, string[]> {
  cached ??= readGitHistory(process.cwd());
  return cached;
}

/** Commit dates of one content file ("content/roles/x.mdx"), read with the rest on first use in a build. */
export function changeDates(filePath: string): string[] {
  return contentHistory().get(filePath.replace(/^\.\//, '')) ?? [];
}
