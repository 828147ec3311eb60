import { readdirSync, readFileSync } from 'node:fs';

/**
 * The largest high-water mark of resident memory (VmHWM, in KB) among this process's running child processes, read
 * from /proc; undefined where there is no /proc or no child. Pagefind's Node API runs its indexer as a child that
 * is killed, not waited for, when it closes, so the memory a parent is charged for never includes it: a caller
 * reads it here while the child still runs.
 */
export function childrenPeakKb(parent = process.pid): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let peak: number | undefined;
  for (const pid of pids) {
    try {
      // Field 4 of /proc/PID/stat, after the command name in parentheses (which may itself hold spaces).
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parentPid !== parent) continue;
      const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak ?? 0, Number(hwm[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return peak;
}
