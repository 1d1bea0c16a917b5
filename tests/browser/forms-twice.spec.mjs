// A training map that holds the same form twice (a listed page embeds it
// and the map lists it again): each copy has ids of its own, and adding or
// removing table rows in the second copy renumbers its rows under its own
// key (data-sleutel), never onto the ids of the first (docs/training.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage } from './support/site.mjs';

const repo = path.resolve(import.meta.dirname, '../..');
const binary = process.env.HANDBOEK_BINARY || path.join(repo, 'build-test/generator/handboek');

const FORM = `title: Actieplan
sections:
  - title: Acties
    fields:
      - id: acties
        type: table
        label: Acties
        rows: 2
        columns:
          - id: wat
            label: Wat
          - id: wanneer
            label: Wanneer
`;

let scratch;
let server;
let browser;
before(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-forms-twice-'));
  const site = path.join(scratch, 'site');
  fs.cpSync(path.join(repo, 'tests/fixtures/sites/basic'), site, { recursive: true });
  fs.cpSync(path.join(repo, 'themes'), path.join(site, 'themes'), { recursive: true });
  fs.writeFileSync(path.join(site, 'forms/actieplan.yaml'), FORM);
  fs.writeFileSync(path.join(site, 'content/over/actieplan.md'), '---\ntitle: Actieplan\n---\n```form actieplan\n```\n');
  fs.writeFileSync(path.join(site, 'content/trainingen/dubbel.md'),
    '---\ntitle: Dubbele map\npages:\n  - ../over/actieplan.md\nforms: [actieplan]\n---\nTekst.\n');
  const built = spawnSync(binary, ['build', site, '-o', path.join(scratch, 'public'), '--quiet'],
    { env: { ...process.env, HANDBOEK_WEASYPRINT: 'off' }, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  server = await serve(path.join(scratch, 'public'));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

const ids = (page) => page.evaluate(() => Array.from(document.querySelectorAll('[id]'), (element) => element.id));
const duplicates = (list) => list.filter((id, index) => list.indexOf(id) !== index);

test('the second copy of a form keeps ids of its own while its table rows change', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/trainingen/dubbel/`);
  const forms = page.locator('form[data-formulier="actieplan"]');
  assert.equal(await forms.count(), 2);
  assert.deepEqual(duplicates(await ids(page)), []);
  const second = forms.nth(1);
  assert.equal(await second.getAttribute('data-sleutel'), 'actieplan-2');

  await second.getByLabel('Wat, rij 1', { exact: true }).fill('Eerste');
  await second.getByLabel('Wat, rij 2', { exact: true }).fill('Tweede');
  await second.getByRole('button', { name: 'Rij toevoegen' }).click();
  await second.getByRole('button', { name: 'Verwijderen: rij 1' }).click();
  assert.equal(await second.getByLabel('Wat, rij 1', { exact: true }).inputValue(), 'Tweede', 'rows are renumbered');
  assert.equal(await second.getByLabel('Wat, rij 1', { exact: true }).getAttribute('id'), 'f-actieplan-2-acties-1-wat');
  assert.deepEqual(duplicates(await ids(page)), []);
  // The first copy is untouched and still labelled by its own ids.
  assert.equal(await forms.nth(0).getByLabel('Wat, rij 1', { exact: true }).getAttribute('id'),
    'f-actieplan-acties-1-wat');
  assert.deepEqual(problems, []);
  await context.close();
});
