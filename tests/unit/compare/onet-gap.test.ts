// The compare pages' gap on O*NET's scales (issue 17 item 4), on the O*NET files the project carries.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { onetGap, ratingSteps, technologySteps, type GapRole } from '../../../src/lib/compare/onet-gap.ts';
import { ratingLine, technologyFlags } from '../../../src/lib/compare/onet-gap-text.ts';
import { occupationOf } from '../../../src/lib/onet/index.ts';
import { readOnetData } from '../../../src/lib/onet/onet-io.ts';

const data = readOnetData('content');
const catalogue = parse(readFileSync('content/technologies.yaml', 'utf8')) as {
  id: string;
  name: string;
  aliases?: string[];
  category: string;
}[];
const developers = occupationOf(data, '15-1252.00');
const administrators = occupationOf(data, '15-1244.00');
const role = (id: string, ...codes: string[]): GapRole => ({
  id,
  title: id,
  onet: codes.map((code) => occupationOf(data, code)),
  technologyIds: [],
});

describe('the gap on O*NET scales', () => {
  test('each direction lists what the other occupation rates more important, biggest rise first', () => {
    const toDevelopers = ratingSteps(data, administrators, developers);
    assert.ok(toDevelopers.length > 0 && toDevelopers.length <= 6);
    assert.ok(
      toDevelopers.some((s) => s.name === 'Programming'),
      'Programming is among the biggest rises from administrators to developers',
    );
    for (const step of toDevelopers) assert.ok(step.to > step.from, step.name);
    for (let i = 1; i < toDevelopers.length; i++) {
      const [prev, next] = [toDevelopers[i - 1]!, toDevelopers[i]!];
      assert.ok(prev.to - prev.from >= next.to - next.from);
    }
    const back = ratingSteps(data, developers, administrators);
    assert.ok(back.length > 0, 'the other way is not empty either');
    assert.ok(!back.some((s) => s.elementId === '2.B.3.e'), 'Programming rates lower for administrators');
  });

  test('values are the ones in the files, rounded as pages show them, worded with both occupations', () => {
    const programming = ratingSteps(data, administrators, developers, 35).find((s) => s.elementId === '2.B.3.e')!;
    const own = (o: typeof developers) => o.skills.find((r) => r.elementId === '2.B.3.e')!.importance!.value;
    assert.equal(programming.to, Number(own(developers).toFixed(1)));
    assert.equal(programming.from, Number(own(administrators).toFixed(1)));
    assert.match(
      ratingLine(programming, developers.title, administrators.title),
      /^Programming: importance 4\.0 for software developers, \d\.\d for network and computer systems administrators$/,
    );
  });

  test('technologies one occupation lists and the other does not, Hot and In-demand first', () => {
    const steps = technologySteps(role('a', '15-1244.00'), role('b', '15-1252.00'), catalogue);
    assert.ok(steps.length > 0);
    const adminNames = new Set(administrators.technologies.map((t) => t.example));
    for (const t of steps) for (const example of t.onetExamples) assert.ok(!adminNames.has(example), example);
    const rank = (t: { hot: boolean; inDemand: boolean }) => (t.hot && t.inDemand ? 0 : t.hot || t.inDemand ? 1 : 2);
    for (let i = 1; i < steps.length; i++) assert.ok(rank(steps[i - 1]!) <= rank(steps[i]!));
    assert.equal(technologyFlags({ hot: true, inDemand: true }), 'Hot, in demand');
    assert.equal(technologyFlags({ hot: false, inDemand: false }), '');
  });

  test('two roles on one O*NET occupation say so instead of a gap', () => {
    const gap = onetGap(data, role('a', '15-1252.00'), role('b', '15-1252.00'), catalogue);
    assert.deepEqual(gap, { kind: 'same-occupation', code: '15-1252.00', title: 'Software Developers' });
  });

  test('two occupations give a gap both ways; an unrated one is measured through its nearest rated one', () => {
    const gap = onetGap(data, role('a', '15-1254.00'), role('b', '15-1252.00'), catalogue);
    assert.equal(gap.kind, 'gap');
    if (gap.kind !== 'gap') return;
    assert.ok(gap.moves.every((m) => m.ratings.length > 0));
    const unrated = [...data.occupations.values()].find((o) => !o.skills.some((r) => r.importance))!;
    const viaNearest = onetGap(data, role('a', unrated.code), role('b', '15-1252.00'), catalogue);
    assert.ok(viaNearest.kind !== 'gap' || viaNearest.substitutes, unrated.code);
    assert.equal(onetGap(data, role('a'), role('b', '15-1252.00'), catalogue).kind, 'not-rated');
  });
});
