// "Mijn organisatie": the reader picks BUCH, Halte Werk, WNK or "alle" once;
// the choice is kept in this browser (localStorage "handboek.organisatie").
// With an organisation chosen its local blocks are open and the others
// closed; "alle" opens every block, side by side. Process pages list which
// organisations have local agreements on them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGE = '/processen/mens-in-beeld/';

// { organisation id: open? } of every local block on the page
const blockStates = (page) => page.locator('details.lokaal').evaluateAll((blocks) =>
  blocks.map((block) => [block.dataset.organisatie, block.open]));

async function sideBySide(page) {
  const tops = await page.locator('.lokaal-groep').first().locator('> details.lokaal')
    .evaluateAll((blocks) => blocks.map((block) => Math.round(block.getBoundingClientRect().top)));
  return tops.length > 1 && new Set(tops).size === 1;
}

test('pick an organisation, reload: the choice is kept and its blocks are open, the others closed', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.base}${PAGE}`);
  const picker = page.getByLabel('Mijn organisatie');
  assert.ok(await picker.isVisible());
  assert.equal(await picker.inputValue(), 'alle', 'no choice yet: all organisations');
  assert.deepEqual(await picker.locator('option').allTextContents(),
    ['Alle organisaties', 'BUCH', 'Halte Werk', 'WNK Personeelsdiensten']);
  assert.ok((await blockStates(page)).every(([, open]) => open), 'every block is open');
  assert.ok(await sideBySide(page), 'the blocks of a group stand side by side');

  await picker.selectOption('halte-werk');
  const check = async () => {
    const states = await blockStates(page);
    assert.ok(states.length >= 3);
    for (const [organisation, open] of states) assert.equal(open, organisation === 'halte-werk', `${organisation} open: ${open}`);
    assert.ok(!(await sideBySide(page)), 'one organisation: the group is one column');
    assert.ok(await page.locator('details.lokaal[data-organisatie="buch"] .lokaal-tekst').first().isHidden());
    assert.ok(await page.locator('details.lokaal[data-organisatie="halte-werk"] .lokaal-tekst').first().isVisible());
  };
  await check();
  assert.equal(await page.evaluate(() => localStorage.getItem('handboek.organisatie')), 'halte-werk');

  await page.reload();
  assert.equal(await picker.inputValue(), 'halte-werk', 'the choice is kept after a reload');
  await check();

  // … and on every other page of the handbook
  await page.goto(`${server.base}/processen/brede-intake-en-pip/`);
  assert.equal(await picker.inputValue(), 'halte-werk');
  for (const [organisation, open] of await blockStates(page)) assert.equal(open, organisation === 'halte-werk');

  // a closed block can still be opened to read it
  const buch = page.locator('details.lokaal[data-organisatie="buch"]').first();
  await buch.locator('summary').click();
  assert.ok(await buch.locator('.lokaal-tekst').isVisible());

  // "alle": every block open again, side by side
  await picker.selectOption('alle');
  assert.ok((await blockStates(page)).every(([, open]) => open));
  assert.ok(await sideBySide(page));
  await page.reload();
  assert.equal(await picker.inputValue(), 'alle');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a process page lists the organisations with local agreements, each a link to its block', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${PAGE}`);
  await page.getByLabel('Mijn organisatie').selectOption('buch');
  const list = page.getByRole('list', { name: 'Lokale afspraken op deze pagina:' });
  assert.deepEqual(await list.getByRole('link').allTextContents(), ['BUCH', 'Halte Werk', 'WNK Personeelsdiensten']);
  const wnk = page.locator('#lokaal-wnk');
  assert.equal(await wnk.evaluate((block) => block.open), false);
  await list.getByRole('link', { name: 'WNK Personeelsdiensten' }).click();
  await page.waitForURL(/#lokaal-wnk$/);
  assert.equal(await wnk.evaluate((block) => block.open), true, 'following the link opens the block');
  assert.ok(await wnk.locator('.lokaal-tekst').isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('the picker and the blocks work with the keyboard alone', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}${PAGE}`);
  const picker = page.getByLabel('Mijn organisatie');
  await picker.focus();
  await page.keyboard.press('ArrowDown');  // a closed <select> changes its value with the arrow keys
  const chosen = await picker.inputValue();
  assert.equal(chosen, 'buch');
  assert.equal(await page.evaluate(() => localStorage.getItem('handboek.organisatie')), 'buch');
  const summary = page.locator('details.lokaal[data-organisatie="wnk"] > summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await summary.evaluate((element) => element.parentElement.open), true);
  await page.keyboard.press('Space');
  assert.equal(await summary.evaluate((element) => element.parentElement.open), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without JavaScript every local block is open and no picker is shown', async () => {
  const { page, problems, context } = await watchedPage(browser, { javaScriptEnabled: false });
  await page.goto(`${server.base}${PAGE}`);
  assert.ok((await blockStates(page)).every(([, open]) => open));
  assert.ok(await page.locator('[data-organisatie-keuze]').isHidden());
  assert.deepEqual(problems, []);
  await context.close();
});
