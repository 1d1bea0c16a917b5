// The footer names who owns the handbook and links, from every page, to the
// colofon, the privacy statement and the toegankelijkheidsverklaring — pages
// the generator builds from site.yaml. The privacy statement says what the
// site really stores (only the organisation choice), which the browser shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

const STATEMENTS = ['Colofon', 'Privacyverklaring', 'Toegankelijkheidsverklaring'];
const SCREENS = [{ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, { viewport: { width: 1280, height: 900 } }];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('every page links the three statements from its footer, which names the owner', async () => {
  for (const options of SCREENS) {
    const { page, problems, context } = await watchedPage(browser, options);
    for (const path of ['/', '/processen/mens-in-beeld/', '/formulieren/plan-van-aanpak/', '/begrippen/', '/bestaat-niet/']) {
      await page.goto(`${server.base}${path}`);
      const footer = page.locator('footer.site-footer');
      assert.match(await footer.innerText(), /Een handboek van \S+/);
      for (const name of STATEMENTS) {
        const link = footer.getByRole('link', { name, exact: true });
        assert.ok(await link.isVisible(), `${path}: footer links ${name}`);
        const box = await link.boundingBox();
        assert.ok(box.height >= 44, 'a finger-sized target');
      }
    }
    problems.length = 0;  // the 404 page answers 404 on purpose
    await context.close();
  }
});

test('the colofon names the owner and the contact; the statements open from any version', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/`);
  const owner = (await page.locator('.footer-owner').innerText()).match(/Een handboek van (.+?)\./)[1];
  await Promise.all([page.waitForURL(/\/colofon\/$/), page.locator('footer').getByRole('link', { name: 'Colofon' }).click()]);
  assert.equal(await page.locator('h1').innerText(), 'Colofon');
  const main = await page.locator('main').innerText();
  assert.ok(main.includes(owner), 'the colofon names the owner of the footer');
  assert.match(main, /Contact/);
  const footerMail = page.locator('.footer-owner a[href^="mailto:"]');
  if (await footerMail.count()) {
    assert.equal(await page.locator('main a[href^="mailto:"]').first().getAttribute('href'), await footerMail.getAttribute('href'));
  }

  await page.locator('footer').getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await page.waitForURL(/\/toegankelijkheid\/$/);
  assert.match(await page.locator('main').innerText(), /WCAG 2\.1/);
  assert.match(await page.locator('main .status').innerText(), /voldoet (volledig|gedeeltelijk|nog niet)/);

  // An old version has its own statements (the site works offline and from any folder).
  const old = await page.request.get(`${server.base}/versies/2019.2/privacy/`);
  if (old.status() !== 404) assert.equal(old.status(), 200);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the privacy statement says what is stored, and that is all the browser holds after using the site', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/privacy/`);
  const text = await page.locator('main').innerText();
  assert.match(text, /handboek\.organisatie/);
  assert.match(text, /Geen cookies/i);
  assert.match(text, /formulier/i);

  // Use the site: choose an organisation, fill in a form, search.
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const picker = page.getByLabel('Mijn organisatie');
  if (await picker.count()) await picker.selectOption({ index: 1 });
  await page.goto(`${server.base}/formulieren/plan-van-aanpak/`);
  await page.getByLabel('Naam klant').fill('Jan Jansen');
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage), cookie: document.cookie }));
  assert.deepEqual(stored, { local: (await picker.count()) ? ['handboek.organisatie'] : [], session: [], cookie: '' });
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(problems, []);
  await context.close();
});
