// Who changed a glossary term, and when: on the term's entry on /begrippen/
// and in the glossary page's own history, which lists its terms' changes
// and links each to its term.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every term on /begrippen/ says who changed it last and when', async (t) => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/begrippen/`);
  const terms = page.locator('.term');
  const changed = page.locator('.term .term-changed');
  if (!(await changed.count())) { t.skip('this site was not built from git'); await context.close(); return; }
  assert.equal(await changed.count(), await terms.count(), 'one line per term');
  for (const line of await changed.allInnerTexts()) assert.match(line, /^Laatst gewijzigd \d{1,2} \w+ \d{4} door \S/);
  assert.ok(await changed.first().isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test("the glossary page's history lists its terms' changes and leads to each term", async (t) => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/begrippen/`);
  const history = page.locator('.page-history details.history');
  if (!(await history.count())) { t.skip('this site was not built from git'); await context.close(); return; }
  await history.locator('summary').click();
  const entries = history.locator('li', { has: page.locator('.history-terms') });
  assert.ok(await entries.count() >= 1, 'term changes are in the page history');
  const link = entries.first().locator('.history-terms a').first();
  const name = await link.innerText();
  await link.click();
  await page.waitForURL(/#[a-z0-9-]+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const heading = page.locator(`[id="${anchor}"]`);
  assert.equal(await heading.innerText(), name);
  // The term's own line names the newest change of it, which the history holds.
  const own = await page.locator('.term', { has: heading }).locator('.term-changed').innerText();
  const author = own.replace(/^.* door /, '');
  const forTerm = history.locator('li', { has: page.locator(`.history-terms a[href$="#${anchor}"]`) });
  assert.ok((await forTerm.first().innerText()).includes(author), `${own} matches the newest history entry of ${name}`);
  assert.deepEqual(problems, []);
  await context.close();
});
