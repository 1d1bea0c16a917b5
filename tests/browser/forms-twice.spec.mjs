// A training map that holds the same form twice (a listed page embeds it
// and the map lists it again): each copy is the blank paper form (made at
// build time, nothing to fill in on the map) with ids of its own under its
// own key, and the map leads to the form's page, where it is filled in
// (docs/training.md).
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

test('a map holding a form twice: two blank paper forms with ids of their own, filled in on the form page', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/trainingen/dubbel/`);
  const copies = page.locator('[data-papierformulier="actieplan"]');
  assert.equal(await copies.count(), 2);
  assert.deepEqual(await copies.evaluateAll((forms) => forms.map((form) => form.id)),
    ['formulier-actieplan', 'formulier-actieplan-2']);
  assert.deepEqual(duplicates(await ids(page)), []);
  // nothing to fill in on the map: no controls, the table's empty rows to write in
  assert.equal(await page.locator('.trainingsmap :is(input, select, textarea, form)').count(), 0);
  assert.equal(await copies.nth(1).locator('.papier-tabel tbody tr').count(), 2);
  assert.deepEqual(await copies.nth(1).locator('.papier-tabel th').allInnerTexts(), ['Wat', 'Wanneer']);

  // the map's own form chapter leads to the form's page, where it is filled in
  await page.locator('.map-form').getByRole('link', { name: 'Op het scherm invullen' }).click();
  await page.waitForURL(/\/formulieren\/actieplan\/$/);
  const form = page.locator('form[data-formulier="actieplan"]');
  await form.getByLabel('Wat, rij 1', { exact: true }).fill('Eerste');
  await form.getByRole('button', { name: 'Rij toevoegen' }).click();
  assert.equal(await form.getByLabel('Wat, rij 3', { exact: true }).getAttribute('id'), 'f-actieplan-acties-3-wat');
  assert.deepEqual(problems, []);
  await context.close();
});
