// A progression step written on either role shows on both pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkProgression, type ProgressionNode } from '../../../src/lib/profile/progression.ts';

type Entry = { id: string };
const graph = (edges: Record<string, { leadsTo?: string[]; comesFrom?: string[] }>) =>
  new Map<string, ProgressionNode<Entry>>(
    Object.entries(edges).map(([id, e]) => [
      id,
      {
        id,
        entry: { id },
        leadsTo: (e.leadsTo ?? []).map((x) => ({ id: x })),
        comesFrom: (e.comesFrom ?? []).map((x) => ({ id: x })),
      },
    ]),
  );
const ids = (entries: Entry[]) => entries.map((e) => e.id);

test('a new role that only names where people come from appears under "Where it leads" there', () => {
  const roles = graph({ backend: {}, qa: { comesFrom: ['backend'] } });
  linkProgression(roles);
  assert.deepEqual(ids(roles.get('backend')!.leadsTo), ['qa']);
});

test('a step written as leadsTo appears under "Where people come from" on the next role', () => {
  const roles = graph({ backend: { leadsTo: ['senior'] }, senior: {} });
  linkProgression(roles);
  assert.deepEqual(ids(roles.get('senior')!.comesFrom), ['backend']);
});

test('a step written on both ends is listed once, in the order editors wrote it', () => {
  const roles = graph({
    backend: { leadsTo: ['senior', 'lead'] },
    senior: { comesFrom: ['backend'] },
    lead: {},
    qa: { comesFrom: ['backend'] },
  });
  linkProgression(roles);
  assert.deepEqual(ids(roles.get('backend')!.leadsTo), ['senior', 'lead', 'qa']);
  assert.deepEqual(ids(roles.get('senior')!.comesFrom), ['backend']);
});
