import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { tempFolder } from '../support/temp-folder.ts';

// The Node version is written in package.json ("engines": what installs it; the "node" package: what
// runs it), .nvmrc (what CI and nvm install) and the README and CONTRIBUTING: they must agree.

const root = resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const minimum = Number(/^>=\s*(\d+)$/.exec(pkg.engines.node)?.[1]);
const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();

describe('the Node version', () => {
  it('is the same in engines, .nvmrc, the pinned node package, the README and CONTRIBUTING', () => {
    assert.ok(minimum > 0, `engines.node is "${pkg.engines.node}": write it as ">=N"`);
    assert.match(pinned, /^\d+$/, '.nvmrc holds a major version');
    assert.equal(/^\^?(\d+)/.exec(pkg.devDependencies.node)?.[1], pinned, 'the "node" package runs the .nvmrc version');
    assert.ok(Number(pinned) >= minimum);
    for (const file of ['README.md', 'CONTRIBUTING.md']) {
      const text = readFileSync(join(root, file), 'utf8').replace(/\s+/g, ' ');
      assert.match(text, new RegExp(`Node\\.js\\]?(\\([^)]*\\))? ${minimum} or newer`), `${file} names the minimum`);
      assert.match(text, new RegExp(`own Node ${pinned}\\b`), `${file} names the Node the scripts run`);
    }
  });

  it('npm start runs a check first that stops an older Node with what to install', () => {
    assert.match(pkg.scripts.prestart, /check-node\.mjs/);
    const dir = tempFolder('node-check');
    mkdirSync(join(dir, 'scripts'));
    copyFileSync(join(root, 'scripts', 'check-node.mjs'), join(dir, 'scripts', 'check-node.mjs'));
    writeFileSync(join(dir, '.nvmrc'), '99\n');
    const run = (engines: string) => {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node: engines } }));
      return spawnSync(process.execPath, [join(dir, 'scripts', 'check-node.mjs')], { encoding: 'utf8' });
    };
    const tooOld = run('>=999');
    assert.equal(tooOld.status, 1);
    assert.match(tooOld.stderr, /needs Node\.js 999 or newer/);
    assert.match(tooOld.stderr, /Install Node 99 .*nvm install/);
    assert.doesNotMatch(tooOld.stderr, /at .*\.mjs:\d+/, 'a message, not a stack trace');
    const fine = run(`>=${process.versions.node.split('.')[0]}`);
    assert.equal(fine.status, 0, fine.stderr);
  });
});
