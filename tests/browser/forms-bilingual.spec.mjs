// A translated form on the page: the PIP in Dutch + Arabic. The language
// choice shows every translation beside the Dutch text without a reload, in
// elements with lang and dir (Arabic right to left, aligned right); the
// choice is kept in the address (?taal=ar); print keeps both languages side
// by side; a file saved in two languages opens in Dutch only with the same
// answers (they are keyed by field id); axe finds nothing in either mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const PIP = '/formulieren/pip/';

let server;
let browser;
let scratch;
before(async () => {
  server = await serve();
  browser = await launch();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'handboek-bilingual-'));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

// Translations meant for the screen (the list of a select's options is only
// for the blank print).
const onScreen = (lang) => `.vertaling[lang="${lang}"]:not(.alleen-leeg *)`;
const visibleTranslations = (page, lang) =>
  page.locator(onScreen(lang)).evaluateAll((texts) => texts.filter((text) => text.checkVisibility()).length);

// The Dutch text and the Arabic translation of the label of a control.
function labelParts(page, id) {
  const label = page.locator(`label[for="${id}"]`);
  return { dutch: label.locator('.tekst-nl'), arabic: label.locator('.vertaling[lang="ar"]') };
}

// The translation sits beside the Dutch text: to its right, on the same line.
async function assertSideBySide(dutch, translated, what) {
  const left = await dutch.boundingBox();
  const right = await translated.boundingBox();
  assert.ok(left && right, `${what}: both texts are laid out`);
  assert.ok(right.x >= left.x + left.width - 1, `${what}: the translation is right of the Dutch text`);
  assert.ok(Math.abs(right.y - left.y) < 4, `${what}: both start on the same line`);
}

test('PIP: Dutch + Arabic without a reload, lang and dir on every translation, kept in the address', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}${PIP}`);
  const choice = page.getByRole('group', { name: 'Taal van het formulier' });
  assert.ok(await choice.isVisible(), 'the language choice is shown');
  const dutchOnly = choice.getByRole('button', { name: 'Alleen Nederlands' });
  const arabic = choice.getByRole('button', { name: 'Nederlands + العربية' });
  assert.equal(await dutchOnly.getAttribute('aria-pressed'), 'true');
  assert.equal(await visibleTranslations(page, 'ar'), 0, 'Dutch only at first');
  const total = await page.locator(onScreen('ar')).count();
  assert.ok(total > 30, `the build wrote the Arabic texts into the page (${total})`);

  await page.evaluate(() => { window.stillThisPage = true; });
  await arabic.click();
  assert.ok(await page.evaluate(() => window.stillThisPage), 'no reload');
  assert.equal(await arabic.getAttribute('aria-pressed'), 'true');
  assert.equal(new URL(page.url()).searchParams.get('taal'), 'ar');
  // Every Arabic text on the page is shown (none is inside a closed part).
  assert.equal(await visibleTranslations(page, 'ar'), total);

  const name = labelParts(page, 'f-pip-naam-vergunninghouder');
  assert.equal(await name.arabic.innerText(), 'اسم حامل تصريح الإقامة');
  assert.equal(await name.arabic.getAttribute('dir'), 'rtl');
  for (const text of await page.locator('.vertaling[lang="ar"]').all()) {
    assert.equal(await text.getAttribute('dir'), 'rtl');
  }
  assert.equal(await name.arabic.evaluate((element) => getComputedStyle(element).textAlign), 'right');
  assert.equal(await name.arabic.evaluate((element) => getComputedStyle(element).direction), 'rtl');
  await assertSideBySide(name.dutch, name.arabic, 'label Naam vergunninghouder');
  // Title, section title, intro, choice, Ja/Nee, signature role.
  assert.match(await page.locator('h1 .vertaling[lang="ar"]').innerText(), /خطة الاندماج والمشاركة/);
  assert.equal(await page.locator('#f-pip-sectie-2 .vertaling[lang="ar"]').innerText(), 'مسار تعلّمك');
  assert.match(await page.locator('#f-pip-sectie-2 ~ .sectie-intro .vertaling[lang="ar"]').innerText(), /ثلاث طرق/);
  assert.match(await labelParts(page, 'f-pip-leerroute-1').arabic.innerText(), /مسار B1/);
  assert.equal(await labelParts(page, 'f-pip-tolk-1').arabic.innerText(), 'نعم');
  assert.match(await page.locator('[data-veld="handtekening-vergunninghouder"] .handtekening-vak-label').innerText(),
    /حامل تصريح الإقامة/);
  // A select's options read "Dutch / Arabic".
  assert.equal(await page.locator('#f-pip-organisatie option[value="halte-werk"]').innerText(), 'Halte Werk / Halte Werk');

  assert.deepEqual(await violations(page), [], 'axe in Dutch + Arabic');

  // Back to Dutch only: translations hidden, the address without ?taal.
  await dutchOnly.click();
  assert.equal(await visibleTranslations(page, 'ar'), 0);
  assert.equal(new URL(page.url()).searchParams.get('taal'), null);
  assert.equal(await page.locator('#f-pip-organisatie option[value="halte-werk"]').innerText(), 'Halte Werk');

  // A shared link opens in the language it names.
  await page.goto(`${server.base}${PIP}?taal=ar`);
  assert.equal(await visibleTranslations(page, 'ar'), total);
  assert.equal(await page.getByRole('button', { name: 'Nederlands + العربية' }).getAttribute('aria-pressed'), 'true');
  assert.deepEqual(problems, []);
  await context.close();
});

test('PIP: filled in Dutch + Arabic, printed in both languages, saved, opened in Dutch only with the same answers', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}${PIP}?taal=ar`);
  await page.locator('#f-pip-naam-vergunninghouder').fill('Samira Haddad');
  await page.locator('#f-pip-klantmanager').fill('Fatima el Amrani');
  await page.locator('#f-pip-organisatie').selectOption('halte-werk');
  await page.locator('#f-pip-datum-pip').fill('2026-11-20');
  await page.locator('#f-pip-tolk-1').check();
  await page.locator('#f-pip-leerroute-1').check();
  await page.locator('#f-pip-afspraken-werk').fill('Vrijwilligerswerk bij de bibliotheek.');
  await page.locator('#f-pip-handtekening-vergunninghouder-name').fill('Samira Haddad');

  // Print: both languages, side by side; the language choice is not printed.
  await page.emulateMedia({ media: 'print' });
  const name = labelParts(page, 'f-pip-naam-vergunninghouder');
  assert.ok(await name.dutch.isVisible() && await name.arabic.isVisible(), 'both languages print');
  assert.equal(await name.arabic.evaluate((element) => getComputedStyle(element).textAlign), 'right');
  await assertSideBySide(name.dutch, name.arabic, 'printed label');
  const intro = page.locator('#f-pip-sectie-4 ~ .sectie-intro');
  await assertSideBySide(intro.locator('.tekst-nl'), intro.locator('.vertaling[lang="ar"]'), 'printed intro');
  assert.ok(!(await page.getByRole('group', { name: 'Taal van het formulier' }).isVisible()));
  await page.emulateMedia({ media: 'screen' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Opslaan als bestand' }).first().click(),
  ]);
  const file = path.join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  const ids = await page.locator('[data-veld]').evaluateAll((fields) => fields.map((field) => field.dataset.veld));
  assert.deepEqual(Object.keys(saved.answers).sort(), ids.sort(), 'answers keyed by field id, nothing more');
  assert.equal(saved.form, 'pip');
  assert.equal(saved.answers['naam-vergunninghouder'], 'Samira Haddad');
  assert.equal(saved.answers.organisatie, 'halte-werk');
  assert.equal(saved.answers.tolk, true);
  assert.equal(saved.answers.leerroute, 'b1');
  assert.deepEqual(saved.answers['handtekening-vergunninghouder'], { name: 'Samira Haddad', date: null });
  await context.close();

  // Another browser, Dutch only: open the file, every answer is back.
  const other = await watchedPage(browser);
  await other.page.goto(`${server.base}${PIP}`);
  const [chooser] = await Promise.all([
    other.page.waitForEvent('filechooser'),
    other.page.getByRole('button', { name: 'Bestand openen' }).first().click(),
  ]);
  await chooser.setFiles(file);
  await other.page.locator('[data-melding]:not(:empty)').waitFor();
  assert.match(await other.page.locator('[data-melding]').innerText(), /alle antwoorden staan weer in het formulier/);
  assert.equal(await visibleTranslations(other.page, 'ar'), 0, 'still Dutch only');
  assert.equal(await other.page.locator('#f-pip-naam-vergunninghouder').inputValue(), 'Samira Haddad');
  assert.equal(await other.page.locator('#f-pip-klantmanager').inputValue(), 'Fatima el Amrani');
  assert.equal(await other.page.locator('#f-pip-organisatie').inputValue(), 'halte-werk');
  assert.equal(await other.page.locator('#f-pip-datum-pip').inputValue(), '2026-11-20');
  assert.ok(await other.page.locator('#f-pip-tolk-1').isChecked());
  assert.ok(await other.page.locator('#f-pip-leerroute-1').isChecked());
  assert.equal(await other.page.locator('#f-pip-afspraken-werk').inputValue(), 'Vrijwilligerswerk bij de bibliotheek.');
  assert.equal(await other.page.locator('#f-pip-handtekening-vergunninghouder-name').inputValue(), 'Samira Haddad');
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test('Evaluatielijst: Dutch + English, left to right', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/formulieren/evaluatielijst-deelnemer/`);
  await page.getByRole('button', { name: 'Nederlands + English' }).click();
  const english = page.locator('legend .vertaling[lang="en"]').first();
  assert.ok(await english.isVisible());
  assert.equal(await english.getAttribute('dir'), 'ltr');
  assert.equal(await english.evaluate((element) => getComputedStyle(element).direction), 'ltr');
  assert.deepEqual(await violations(page), [], 'axe in Dutch + English');
  assert.deepEqual(problems, []);
  await context.close();
});
