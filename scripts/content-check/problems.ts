/** One thing an editor must fix (or, for warnings, should look at). */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}`;
  const tag = p.severity === 'warning' ? 'warning  ' : '';
  return `${tag}${where}  ${p.field}  ${p.message} — ${p.fix}`;
}
