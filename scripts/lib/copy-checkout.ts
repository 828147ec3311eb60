// A copy of the working tree (tracked and untracked files, not ignored ones) in another folder,
// sharing this checkout's node_modules through a symlink. The copy is a git clone sharing this
// repository's objects, so what the build reads from history (pages' change dates) is the same.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function copyCheckout(to: string, from = process.cwd()): string {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: from,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && file !== 'node_modules' && existsSync(join(from, file)));
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: from, encoding: 'utf8' }).trim();
  execFileSync('git', ['clone', '--quiet', '--shared', '--no-checkout', resolve(from), to], { stdio: 'ignore' });
  execFileSync('git', ['update-ref', '--no-deref', 'HEAD', head], { cwd: to });
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(from, file), join(to, file));
  }
  symlinkSync(resolve(from, 'node_modules'), join(to, 'node_modules'));
  return to;
}
