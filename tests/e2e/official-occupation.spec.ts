// Issue 21: "No official statistic counts this role" only when no official occupation covers the role. A role mapped
// to an occupation whose figures the site has not added names that occupation, links it, and says so instead.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { role, roleIds } from './support/content.ts';
import { fileFor } from './support/dist.ts';

const noStatistic = 'No official statistic counts this role';
const notAdded = "the site has not added that occupation's figures yet";

interface Mapping {
  code: string;
  figuresNotAdded?: { title: string; url: string };
}

test('no role page says no official statistic counts the role while naming its official occupation', () => {
  const checked: string[] = [];
  for (const id of roleIds()) {
    const html = readFileSync(fileFor(`/roles/${id}/`)!, 'utf8').replace(/&#39;|&#x27;/g, "'");
    const codes = (role(id).occupationCodes ?? []) as Mapping[];
    if (codes.length > 0) {
      expect(html, `${id} maps to ${codes.map((c) => c.code).join(', ')}`).not.toContain(noStatistic);
    }
    for (const { code, figuresNotAdded } of codes.filter((c) => c.figuresNotAdded)) {
      const statement = /<p class="no-official"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';
      expect(statement, `${id}: says the site has not added the figures of ${code}`).toContain(notAdded);
      expect(statement, `${id}: names ${code}`).toContain(code);
      expect(statement, `${id}: links the occupation's page`).toContain(`href="${figuresNotAdded!.url}"`);
      checked.push(id);
    }
  }
  expect(checked, 'the front-end developer is counted among web developers').toContain('frontend-developer');
});
