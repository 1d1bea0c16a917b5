// A klantmanager fills in a form with the client, on a phone, a tablet or a
// laptop (390×844, 768×1024, 1366×768): the actions (save, open, print,
// blank print) are at the start and at the end of the form, the bar at the
// start sticks below the sticky header with every button in reach, and a
// link inside the site with unsaved answers first asks "Je antwoorden zijn
// nog niet opgeslagen" (save and leave, leave anyway, stay) — the browser
// keeps nothing, so that prompt is all that stands between the reader and
// lost answers. axe runs with the prompt open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, watchedPage, violations } from './support/site.mjs';

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  tablet: { viewport: { width: 768, height: 1024 }, isMobile: true, hasTouch: true },
  laptop: { viewport: { width: 1366, height: 768 } },
};
const LONG_FORM = '/formulieren/brede-intake/';
const FORM = '/formulieren/plan-van-aanpak/';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The bottom of the header where it sticks to the top of the window; 0 where it scrolls away.
function headerBottom(page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    return getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  });
}

// The buttons of `bar` that a finger or a mouse cannot reach: what lies at
// the centre of each (brought into the bar's view) is something else.
function unreachable(bar) {
  return bar.evaluate((element) => [...element.querySelectorAll('button')].filter((button) => {
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = button.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return !(hit && button.contains(hit));
  }).map((button) => button.textContent.trim()));
}

for (const [size, options] of Object.entries(SIZES)) {
  test(`${size}: the actions at the start and the end of a long form; the bar sticks below the header`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${LONG_FORM}`);
    const bars = page.locator('form[data-formulier] [data-acties]');
    assert.equal(await bars.count(), 2);
    const end = bars.nth(1);
    for (const name of ['Opslaan als bestand', 'Bestand openen', 'Afdrukken', 'Leeg afdrukken']) {
      assert.equal(await end.getByRole('button', { name, exact: true }).count(), 1, `${name} at the end`);
    }
    assert.ok(await end.evaluate((bar) => {
      const fields = bar.closest('form').querySelectorAll('[data-veld]');
      return !!(fields[fields.length - 1].compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING);
    }), 'the closing actions come after the last question');

    // Halfway down the form: the bar sits right under the header, every button in reach.
    await page.evaluate(() => {
      const form = document.querySelector('form[data-formulier]');
      window.scrollTo(0, form.offsetTop + form.offsetHeight / 2);
    });
    const top = bars.first();
    const box = await top.boundingBox();
    const header = await headerBottom(page);
    assert.ok(Math.abs(box.y - header) <= 1, `the bar at ${box.y}px, the header ends at ${header}px`);
    await page.screenshot({ path: `/tmp/h26/shots/form-middle-${size}.png` }).catch(() => {});
    assert.ok(box.height <= 70, `the bar takes one row (${box.height}px)`);
    assert.deepEqual(await unreachable(top), [], 'every action of the bar can be tapped');

    // The end of the form: save from there; the message stands there too.
    await end.scrollIntoViewIfNeeded();
    await page.getByLabel('Naam klant').first().fill('Jan Jansen');
    const [download] = await Promise.all([page.waitForEvent('download'),
      end.getByRole('button', { name: 'Opslaan als bestand' }).click()]);
    assert.match(download.suggestedFilename(), /^brede-intake-\d{4}-\d\d-\d\d\.json$/);
    const message = page.locator('[data-melding-einde]');
    assert.match(await message.innerText(), /opgeslagen in het bestand/);
    assert.ok(await message.isVisible());
    assert.equal(await page.locator('[data-melding]').innerText(), '', 'not twice');
    await page.screenshot({ path: `/tmp/h26/shots/form-end-${size}.png` }).catch(() => {});
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${size}: a link inside the site with unsaved answers asks first: stay, leave anyway, or save and leave`,
    async () => {
      const { page, problems, context } = await watchedPage(browser, options);
      let browserQuestions = 0;
      page.on('dialog', (dialog) => { browserQuestions += 1; dialog.accept(); });
      await page.goto(`${server.base}${FORM}`);
      const name = page.getByLabel('Naam klant');
      await name.fill('Jan Jansen');
      const crumb = page.locator('a.site-title');  // the header's link home, at every width
      const target = new URL(await crumb.evaluate((a) => a.href)).pathname;
      const prompt = page.getByRole('dialog', { name: 'Je antwoorden zijn nog niet opgeslagen' });

      // Stay: nothing happens to the answers.
      await crumb.click();
      await prompt.waitFor();
      assert.match(await prompt.innerText(), /als je deze pagina verlaat, ben je ze kwijt/);
      assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Opslaan en weggaan');
      await page.screenshot({ path: `/tmp/h26/shots/prompt-${size}.png` }).catch(() => {});
      assert.deepEqual(await violations(page), [], `axe with the prompt open at ${size}`);
      await prompt.getByRole('button', { name: 'Blijven' }).click();
      assert.ok(await prompt.isHidden());
      assert.equal(new URL(page.url()).pathname, FORM);
      assert.equal(await name.inputValue(), 'Jan Jansen');
      // Escape is "Blijven" too.
      await crumb.click();
      await prompt.waitFor();
      await page.keyboard.press('Escape');
      assert.ok(await prompt.isHidden());
      assert.equal(new URL(page.url()).pathname, FORM);

      // Leave anyway: no second question from the browser.
      await crumb.click();
      await Promise.all([page.waitForURL((url) => url.pathname === target),
        prompt.getByRole('button', { name: 'Toch weggaan' }).click()]);
      assert.equal(browserQuestions, 0);

      // Save and leave: the file holds the answers, then the link is followed.
      await page.goto(`${server.base}${FORM}`);
      await name.fill('Piet Pietersen');
      await crumb.click();
      await prompt.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.waitForURL((url) => url.pathname === target),
        prompt.getByRole('button', { name: 'Opslaan en weggaan' }).click()]);
      const saved = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
      assert.equal(saved.form, 'plan-van-aanpak');
      assert.ok(Object.values(saved.answers).includes('Piet Pietersen'), 'the answers are in the file');
      assert.equal(browserQuestions, 0);

      // Nothing filled in: no question.
      await page.goto(`${server.base}${FORM}`);
      await Promise.all([page.waitForURL((url) => url.pathname === target), crumb.click()]);
      assert.deepEqual(problems, []);
      await context.close();
    });
}

test('laptop: the prompt also stands before the version switcher and the search page, whose links have handlers of their own', async () => {
  const { page, problems, context } = await watchedPage(browser, SIZES.laptop);
  await page.goto(`${server.base}${FORM}`);
  await page.getByLabel('Naam klant').fill('Jan Jansen');
  const prompt = page.getByRole('dialog', { name: 'Je antwoorden zijn nog niet opgeslagen' });

  // Enter in the search field opens the search page: asked first.
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('intake');
  await page.getByRole('searchbox', { name: 'Zoeken' }).press('Enter');
  await prompt.waitFor();
  await prompt.getByRole('button', { name: 'Blijven' }).click();
  assert.equal(new URL(page.url()).pathname, FORM);
  await page.getByRole('searchbox', { name: 'Zoeken' }).press('Enter');
  await Promise.all([page.waitForURL((url) => url.pathname === '/zoeken/'),
    prompt.getByRole('button', { name: 'Toch weggaan' }).click()]);

  // "Andere versie": the same page in an older version, after the answer.
  await page.goto(`${server.base}${FORM}`);
  await page.getByLabel('Naam klant').fill('Jan Jansen');
  const switcher = page.locator('[data-versie-keuze]');
  if (await switcher.count()) {
    await switcher.locator('summary').click();
    const older = switcher.locator('a:not([aria-current])').first();
    await older.click();
    await prompt.waitFor();
    assert.equal(new URL(page.url()).pathname, FORM);
    await Promise.all([page.waitForURL((url) => url.pathname !== FORM),
      prompt.getByRole('button', { name: 'Toch weggaan' }).click()]);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
