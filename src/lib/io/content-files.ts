// Where each collection's files live in content/ and how to list them: shared by the build's integrations
// and the content check (scripts/), so both read the same files and src/ never imports from scripts/.
import { existsSync, readdirSync } from 'node:fs';

/** The collections written one file per entry, and the extension of their files. */
export const contentExtensions = { roles: '.mdx', guides: '.mdx', sources: '.yaml', statistics: '.yaml' } as const;

/** Collections written as one YAML list in one file, each item with its own id. */
export const listFiles = {
  families: 'families.yaml',
  technologies: 'technologies.yaml',
  skills: 'skills.yaml',
} as const;

/** Every file in a folder, hidden files aside, sorted by name; none when the folder does not exist. */
export const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort()
    : [];
