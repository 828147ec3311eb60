/**
 * Rolldown's build log, without the lines known to be harmless. Astro marks each MDX page that carries styles with
 * the module-level directive "use astro:head-inject"; bundling drops the directive (Astro has already read it) and
 * Rolldown warns once per file (MODULE_LEVEL_DIRECTIVE), naming the editor's new page with code they never wrote.
 * Only that directive is silenced: any other module-level directive, and every other log, still reaches the log.
 */
interface RolldownLog {
  code?: string;
  message: string;
}
type LogLevel = 'info' | 'debug' | 'warn';
type LogHandler = (level: LogLevel, log: RolldownLog) => void;

export function isHarmlessBuildLog(log: RolldownLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** For `vite.build.rolldownOptions.onLog` in astro.config.mjs. */
export function withoutHarmlessLogs(level: LogLevel, log: RolldownLog, handler: LogHandler): void {
  if (isHarmlessBuildLog(log)) return;
  handler(level, log);
}
