// A professional fills in the Plan van Aanpak in the browser, saves it as a
// file, reloads the page and opens the file again — while every network
// request and all browser storage are recorded: nothing may leave the page
// and nothing may be stored. Also: refused and older files, print (filled
// and blank) and axe-core's WCAG 2.1 A/AA rules on every form page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage } from './support/site.mjs';

const FORM = '/formulieren/plan-van-aanpak/';
const AXE = path.resolve(import.meta.dirname, 'node_modules/axe-core/axe.min.js');

let server;
let browser;
let scratch;
before(async () => {
  server = await serve();
  browser = await launch();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-forms-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

// Every request the context makes, with its body; the page's own document,
// the assets it links and the site's list of versions (read by the version
// bar) are the only ones allowed.
function recordRequests(context) {
  const requests = [];
  context.on('request', (request) => requests.push({
    url: request.url(), body: request.postData() || '', method: request.method(), fromWorker: !!request.serviceWorker(),
  }));
  return requests;
}

async function ownAssets(page) {
  return page.evaluate(() => [
    location.href.split('#')[0],
    ...Array.from(document.querySelectorAll('link[rel="stylesheet"], link[rel="icon"], script[src]'),
      (element) => new URL(element.getAttribute('href') || element.getAttribute('src'), location.href).href),
    ...Array.from(document.querySelectorAll('[data-versies]'),
      (element) => new URL(element.getAttribute('data-versies'), location.href).href),
  ]);
}

function assertOnlyOwnAssets(requests, allowed, secrets) {
  for (const { url, body, method, fromWorker } of requests) {
    for (const secret of secrets) {
      assert.ok(!url.includes(encodeURIComponent(secret)) && !url.includes(secret) && !body.includes(secret),
        `an answer left the page in a request: ${url}`);
    }
    // The offline worker (docs/offline.md) fetches the site's own files, never with a body.
    if (fromWorker) {
      assert.ok(method === 'GET' && !body && new URL(url).origin === new URL(allowed[0]).origin, `worker request: ${url}`);
      continue;
    }
    assert.ok(allowed.includes(url) || url.startsWith('data:'), `unexpected request: ${url}`);
  }
}

// Everything a page could keep: cookies, Web Storage, IndexedDB, caches. The
// only cache is the offline worker's copy of the site's own files (its names
// start with "handboek "), and no answer is in it.
async function assertNothingStored(page, context, secrets = []) {
  assert.deepEqual(await context.cookies(), [], 'no cookies');
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: (await caches.keys()).filter((name) => !name.startsWith('handboek ')),
    kept: (await Promise.all((await caches.keys()).map(async (name) =>
      (await (await caches.open(name)).keys()).map((request) => request.url)))).flat(),
  }));
  for (const secret of secrets) {
    assert.ok(stored.kept.every((url) => !url.includes(secret) && !url.includes(encodeURIComponent(secret))), secret);
  }
  delete stored.kept;
  assert.deepEqual(stored, { cookie: '', local: [], session: [], databases: [], caches: [] });
}

async function saveAnswers(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Opslaan als bestand' }).first().click(),
  ]);
  const file = path.join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file, data: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

async function openFile(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Bestand openen' }).first().click(),
  ]);
  await chooser.setFiles(file);
  await page.locator('[data-melding]:not(:empty)').waitFor();
  return page.locator('[data-melding]').innerText();
}

function writeJson(name, data) {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, JSON.stringify(data));
  return file;
}

const cell = (page, row, column) => page.getByLabel(`${column}, rij ${row}`, { exact: true });

test('Plan van Aanpak: fill in, save, reload, open the file and find every answer back — nothing leaves the page', async () => {
  const { page, problems, context } = await watchedPage(browser);
  const requests = recordRequests(context);
  await page.goto(`${server.base}${FORM}`);
  const allowed = await ownAssets(page);
  const version = await page.locator('form[data-formulier]').getAttribute('data-handboekversie');
  assert.match(await page.locator('main').innerText(), /Uw antwoorden blijven op dit apparaat/);

  await page.getByLabel('Naam klant').fill('Jan Jansen');
  await page.getByLabel('Naam professional Mens in beeld').fill('Fatima el Amrani');
  await page.getByLabel('Datum van het plan').fill('2026-11-20');
  await page.getByLabel('Organisatie van de klantmanager').selectOption({ label: 'Halte Werk' });
  await page.getByRole('group', { name: 'Hoe kwam de klant in de route?' }).getByLabel('Uit het zittend bestand').check();
  await page.getByLabel('Wat wilt u bereiken?').fill('Weer aan het werk,\nliefst buiten.');
  const areas = page.getByRole('group', { name: 'Waar is nu aandacht voor nodig?' });
  await areas.getByLabel('Geld').check();
  await areas.getByLabel('Vervoer').check();
  await page.getByRole('group', { name: /^Welke route raden wij u aan/ }).getByLabel('Werk', { exact: true }).check();
  await page.getByRole('group', { name: /loonkostensubsidie/ }).getByLabel('Ja').check();

  // Actions: fill three rows, remove the second, add one and fill it.
  await cell(page, 1, 'Wat').fill('Cv bijwerken');
  await cell(page, 1, 'Wie').selectOption('klant');
  await cell(page, 1, 'Wanneer').fill('binnen 2 weken');
  await cell(page, 2, 'Wat').fill('Vervalt');
  await cell(page, 3, 'Wat').fill('Gesprek WSP plannen');
  await cell(page, 3, 'Wie').selectOption('professional');
  await cell(page, 3, 'Wanneer').fill('1 december');
  await page.getByRole('button', { name: 'Verwijderen: rij 2' }).click();
  assert.equal(await cell(page, 2, 'Wat').inputValue(), 'Gesprek WSP plannen', 'rows are renumbered');
  await page.getByRole('button', { name: 'Rij toevoegen' }).click();
  assert.equal(await page.locator('tbody[data-rijen] tr').count(), 4);
  await cell(page, 4, 'Wat').fill('Proefplaatsing bespreken');
  await cell(page, 4, 'Wie').selectOption('klant');

  const signatures = page.getByRole('group', { name: /^Handtekening/ });
  assert.equal(await signatures.count(), 2);
  await page.getByRole('group', { name: /^Handtekening klant/ }).getByLabel('Naam').fill('Jan Jansen');
  await page.getByRole('group', { name: /^Handtekening klant/ }).getByLabel('Datum').fill('2026-11-21');
  await page.getByRole('group', { name: /^Handtekening professional/ }).getByLabel('Naam').fill('Fatima el Amrani');
  await page.getByRole('group', { name: /^Handtekening professional/ }).getByLabel('Datum').fill('2026-11-21');

  await page.getByLabel('Naam klant').press('Enter');  // a form that could submit would leave the page here
  assert.equal(new URL(page.url()).pathname, FORM);

  const saved = await saveAnswers(page);
  assert.match(saved.name, /^plan-van-aanpak-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(saved.data.form, 'plan-van-aanpak');
  assert.equal(saved.data.form_version, 1);
  assert.equal(saved.data.handbook_version, version);
  const answers = saved.data.answers;
  assert.equal(answers['naam-klant'], 'Jan Jansen');
  assert.equal(answers['datum-plan'], '2026-11-20');
  assert.equal(answers.organisatie, 'halte-werk');
  assert.equal(answers.instroom, 'zittend-bestand');
  assert.equal(answers['wens-klant'], 'Weer aan het werk,\nliefst buiten.');
  assert.deepEqual(answers.leefgebieden, ['financien', 'vervoer']);
  assert.equal(answers.route, 'banenafspraak-regulier-werk');
  assert.equal(answers.loonkostensubsidie, true);
  assert.equal(answers['sterke-kanten'], null);
  assert.deepEqual(answers.acties, [
    { wat: 'Cv bijwerken', wie: 'klant', wanneer: 'binnen 2 weken' },
    { wat: 'Gesprek WSP plannen', wie: 'professional', wanneer: '1 december' },
    { wat: 'Proefplaatsing bespreken', wie: 'klant', wanneer: null },
  ]);
  assert.deepEqual(answers['handtekening-klant'], { name: 'Jan Jansen', date: '2026-11-21' });
  assert.deepEqual(answers['handtekening-professional'], { name: 'Fatima el Amrani', date: '2026-11-21' });

  // The saved file has every field of the published schema, and nothing else.
  const schema = await (await fetch(`${server.base}/formulieren/plan-van-aanpak.schema.json`)).json();
  assert.deepEqual(Object.keys(answers).sort(), [...schema.properties.answers.required].sort());
  await assertNothingStored(page, context);

  await page.reload();
  assert.equal(await page.getByLabel('Naam klant').inputValue(), '', 'a reload keeps nothing');
  assert.equal(await page.locator('tbody[data-rijen] tr').count(), 4);
  await assertNothingStored(page, context);

  const message = await openFile(page, saved.file);
  assert.match(message, /alle antwoorden staan weer in het formulier/);
  assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen');
  assert.equal(await page.getByLabel('Datum van het plan').inputValue(), '2026-11-20');
  assert.equal(await page.getByLabel('Organisatie van de klantmanager').inputValue(), 'halte-werk');
  assert.ok(await page.getByLabel('Uit het zittend bestand').isChecked());
  assert.equal(await page.getByLabel('Wat wilt u bereiken?').inputValue(), 'Weer aan het werk,\nliefst buiten.');
  assert.ok(await areas.getByLabel('Geld').isChecked());
  assert.ok(await areas.getByLabel('Vervoer').isChecked());
  assert.ok(!(await areas.getByLabel('Wonen').isChecked()));
  assert.ok(await page.getByRole('group', { name: /^Welke route raden wij u aan/ }).getByLabel('Werk', { exact: true }).isChecked());
  assert.equal(await page.locator('tbody[data-rijen] tr').count(), 3);
  assert.equal(await cell(page, 2, 'Wat').inputValue(), 'Gesprek WSP plannen');
  assert.equal(await cell(page, 2, 'Wie').inputValue(), 'professional');
  assert.equal(await cell(page, 3, 'Wat').inputValue(), 'Proefplaatsing bespreken');
  assert.equal(await page.getByRole('group', { name: /^Handtekening professional/ }).getByLabel('Datum').inputValue(),
    '2026-11-21');
  const again = await saveAnswers(page);
  assert.deepEqual(again.data.answers, answers, 'every answer is back');

  assertOnlyOwnAssets(requests, allowed, ['Jan Jansen', 'Jansen', 'Gesprek WSP plannen']);
  await assertNothingStored(page, context, ['Jan Jansen', 'Jansen', 'Gesprek WSP plannen']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file of another form is refused; an older form version loads with a warning; Wissen clears; drafts save', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${FORM}`);

  const other = writeJson('pip.json', { form: 'pip', title: 'PIP', form_version: 1, answers: { leerroute: 'b1' } });
  assert.match(await openFile(page, other), /niet geopend: het hoort bij een ander formulier \(PIP\)/);
  assert.equal(await page.getByLabel('Naam klant').inputValue(), '');

  const broken = path.join(scratch, 'kapot.json');
  fs.writeFileSync(broken, '{ niet: json');
  assert.match(await openFile(page, broken), /geen opgeslagen formulier van dit handboek/);

  const older = writeJson('oud.json', {
    form: 'plan-van-aanpak', form_version: 0, handbook_version: '2019.2',
    answers: { 'naam-klant': 'Piet de Vries', 'oude-vraag': 'weg', 'nog-een': 1, route: 'zorg' },
  });
  const warning = await openFile(page, older);
  assert.match(warning, /versie 0 van dit formulier; dit is versie 1/);
  assert.match(warning, /Deze velden bestaan niet meer en zijn niet geladen: oude-vraag, nog-een\./);
  assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Piet de Vries');
  assert.ok(await page.getByLabel('Zorg', { exact: true }).isChecked());

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Wissen' }).click();
  assert.equal(await page.getByLabel('Naam klant').inputValue(), '');
  assert.ok(!(await page.getByLabel('Zorg', { exact: true }).isChecked()));

  // A half-filled form can be saved as a draft; the message says what is still missing.
  await page.getByLabel('Naam klant').fill('Piet de Vries');
  const draft = await saveAnswers(page);
  assert.equal(draft.data.answers['naam-klant'], 'Piet de Vries');
  assert.match(await page.locator('[data-melding]').innerText(),
    /Nog niet ingevuld: Naam professional Mens in beeld, Datum van het plan, .*Handtekening professional\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('printed, the form has the version header and signature boxes side by side; blank print hides answers', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${FORM}`);
  await page.getByLabel('Naam klant').fill('Jan Jansen');
  const version = await page.locator('form[data-formulier]').getAttribute('data-handboekversie');

  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.afdruk-kop');
  assert.ok(await header.isVisible(), 'the print header is shown');
  assert.match(await header.innerText(), new RegExp(`Plan van Aanpak .* handboekversie ${version.replace('.', '\\.')}`));
  assert.equal(await header.evaluate((element) => getComputedStyle(element).position), 'fixed', 'repeated on every page');
  const boxes = page.locator('.handtekening-vak');
  assert.equal(await boxes.count(), 2);
  const [klant, professional] = [await boxes.nth(0).boundingBox(), await boxes.nth(1).boundingBox()];
  assert.ok(klant && professional && klant.height > 50, 'signature boxes are visible');
  assert.equal(Math.round(klant.y), Math.round(professional.y), 'side by side');
  assert.ok(professional.x > klant.x + klant.width);
  assert.ok(!(await page.getByRole('button', { name: 'Afdrukken', exact: true }).first().isVisible()), 'no buttons on paper');
  assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen');

  await page.evaluate(() => document.documentElement.classList.add('leeg-afdrukken'));
  const color = await page.getByLabel('Naam klant').evaluate((element) => getComputedStyle(element).color);
  assert.equal(color, 'rgba(0, 0, 0, 0)', 'a blank print shows no answers');
  assert.ok(await page.locator('tbody.alleen-leeg tr').first().isVisible(), 'empty table rows to write in');
  assert.ok(await boxes.first().isVisible());
  await page.evaluate(() => document.documentElement.classList.remove('leeg-afdrukken'));
  assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen', 'nothing filled in is lost');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the forms and the forms index have no WCAG 2.1 A/AA violations (axe-core)', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/formulieren/`);
  const urls = await page.locator('main .card-title a').evaluateAll((links) => links.map((link) => link.href));
  assert.equal(urls.length, 8);  // the sample's forms, the professionals' evaluation list included
  for (const url of [`${server.base}/formulieren/`, ...urls, `${server.base}/processen/mens-in-beeld/`]) {
    await page.goto(url);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const violations = result.violations.map((violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    assert.deepEqual(violations, [], `axe on ${url}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a saved file with 500 table rows opens at once; one with more rows is refused and the answers stay', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${FORM}`);
  await page.getByLabel('Naam klant').fill('Jan Jansen');
  const rows = (count) => Array.from({ length: count }, (_, i) => ({ wat: `Actie ${i + 1}`, wie: 'klant', wanneer: null }));
  const huge = writeJson('veel-rijen.json', {
    form: 'plan-van-aanpak', form_version: 1, handbook_version: '2019.2', answers: { acties: rows(100000) },
  });
  let started = Date.now();
  assert.match(await openFile(page, huge), /niet geopend: een tabel heeft meer dan 500 rijen/);
  assert.ok(Date.now() - started < 5000, `refusing took ${Date.now() - started} ms`);
  assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen');

  const many = writeJson('500-rijen.json', {
    form: 'plan-van-aanpak', form_version: 1, handbook_version: '2019.2',
    answers: { 'naam-klant': 'Piet de Vries', acties: rows(500) },
  });
  started = Date.now();
  assert.match(await openFile(page, many), /is geopend/);
  assert.ok(Date.now() - started < 5000, `500 rows took ${Date.now() - started} ms`);
  const tableRows = page.locator('[data-veld="acties"] tbody[data-rijen] tr');
  assert.equal(await tableRows.count(), 500);
  const last = tableRows.nth(499).locator('[data-kolom="wat"]');
  assert.equal(await last.inputValue(), 'Actie 500');
  assert.equal(await last.getAttribute('name'), 'acties.500.wat');
  assert.match(await last.getAttribute('aria-label'), /, rij 500$/);
  assert.deepEqual(problems, []);
  await context.close();
});
