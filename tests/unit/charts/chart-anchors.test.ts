// The content check knows which roles get a pay chart and a career map, so links to #pay-chart and
// #career-map are accepted exactly where the built page has them (tests/e2e/pages.spec.ts checks the pages).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '../../../scripts/content-check/load.ts';
import { checkSchemas } from '../../../scripts/content-check/schema-rules.ts';
import { buildSiteIndex, conditionalRoleAnchors } from '../../../scripts/content-check/site-index.ts';

const projectDir = resolve(import.meta.dirname, '../../..');
const { parsed } = checkSchemas(loadContent(resolve(projectDir, 'tests/fixtures/content-valid'), projectDir));
const anchors = (role: string) => buildSiteIndex(parsed, projectDir).layoutAnchors.get(`/roles/${role}/`)!;

test('a role with salary figures has a pay chart; one without has none', () => {
  assert.ok(anchors('alpha-role').has(conditionalRoleAnchors.payChart));
  // beta-role's figures are official ones its occupation code brings: they count like its own.
  assert.ok(anchors('beta-role').has(conditionalRoleAnchors.payChart));
  const uncoded = parsed.map((p) =>
    p.file.id === 'beta-role' && p.data ? { ...p, data: { ...p.data, occupationCodes: [] } } : p,
  );
  const index = buildSiteIndex(uncoded, projectDir);
  assert.ok(!index.layoutAnchors.get('/roles/beta-role/')!.has(conditionalRoleAnchors.payChart));
});

test('both ends of a step have a career map, whichever role the step is written on', () => {
  // alpha-role writes "leadsTo: [beta-role]"; beta-role writes no step of its own.
  assert.ok(anchors('alpha-role').has(conditionalRoleAnchors.careerMap));
  assert.ok(anchors('beta-role').has(conditionalRoleAnchors.careerMap));
});

test('a role with no step before or after it has no career map', () => {
  const alone = parsed.map((p) =>
    p.file.id === 'alpha-role' && p.data
      ? { ...p, data: { ...p.data, progression: { leadsTo: [], comesFrom: [] } } }
      : p,
  );
  const index = buildSiteIndex(alone, projectDir);
  assert.ok(!index.layoutAnchors.get('/roles/beta-role/')!.has(conditionalRoleAnchors.careerMap));
  assert.ok(!index.layoutAnchors.get('/roles/alpha-role/')!.has(conditionalRoleAnchors.careerMap));
});
