/**
 * The output folder given to `astro build` on its command line (`--outDir dist2` or `--outDir=dist2`), if any:
 * the steps `npm run build` runs after Astro's must find the site where Astro wrote it.
 */
export function outDirArgument(args: readonly string[]): string | undefined {
  let found: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--outDir') found = args[i + 1];
    else if (arg.startsWith('--outDir=')) found = arg.slice('--outDir='.length);
  });
  return found;
}
