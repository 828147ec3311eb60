import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/**
 * YAML that reads well in a pull request: one line per value (a map of plain values inside a list is
 * written inline), block style for everything else, no line folding.
 */
export function toYaml(value: unknown, comment?: string): string {
  const doc = new Document(value);
  visit(doc, {
    // An empty list reads "[]", not as a missing value.
    Seq(_, node) {
      if (node.items.length === 0) node.flow = true;
    },
    Map(_, node, path) {
      const inList = path.some((p) => isSeq(p));
      if (inList && node.items.every((pair) => isScalar(pair.value))) node.flow = true;
    },
  });
  if (comment) doc.commentBefore = comment;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

/** Replace content/onet/ with a fresh import: an occupation dropped from the release disappears too. */
export function writeOnetContent(
  outDir: string,
  release: object,
  occupations: { code: string }[],
  reference: Record<string, unknown[]>,
) {
  const header = (what: string) =>
    ` ${what}\n Written by "npm run import:onet" from the O*NET text files: import again rather than edit.`;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'release.yaml'), toYaml(release, header('The O*NET release the site carries.')));
  const occupationsDir = join(outDir, 'occupations');
  rmSync(occupationsDir, { recursive: true, force: true });
  mkdirSync(occupationsDir, { recursive: true });
  for (const occupation of occupations)
    writeFileSync(
      join(occupationsDir, `${occupation.code}.yaml`),
      toYaml(occupation, header(`O*NET occupation ${occupation.code}.`)),
    );
  const referenceDir = join(outDir, 'reference');
  mkdirSync(referenceDir, { recursive: true });
  for (const name of readdirSync(referenceDir)) rmSync(join(referenceDir, name));
  for (const [name, rows] of Object.entries(reference))
    writeFileSync(join(referenceDir, `${name}.yaml`), toYaml(rows, header(`O*NET reference table: ${name}.`)));
}
