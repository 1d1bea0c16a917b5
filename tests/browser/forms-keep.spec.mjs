// A filled-in form must not lose its answers by accident (nothing is stored,
// so a page left is an answer lost): leaving the page asks first, links in the
// form's text open in a new tab, "Wissen" looks destructive, and a print with
// required fields still empty names them — on a phone and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

const FORM = '/formulieren/plan-van-aanpak/';
const SCREENS = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// The next beforeunload question, answered with `accept` (leave) or not (stay);
// 'none' when the browser did not ask within five seconds.
function answerLeaveQuestion(page, accept) {
  return new Promise((resolve) => {
    setTimeout(() => resolve('none'), 5000);
    page.once('dialog', async (dialog) => {
      const type = dialog.type();
      if (accept) await dialog.accept(); else await dialog.dismiss();
      resolve(type);
    });
  });
}

for (const [screen, options] of Object.entries(SCREENS)) {
  test(`${screen}: leaving a form with unsaved answers asks first; after saving it does not`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${FORM}`);
    const name = page.getByLabel('Naam klant');
    await name.fill('Jan Jansen');

    // Reload: the browser asks; staying keeps the answer.
    let asked = answerLeaveQuestion(page, false);
    page.reload().catch(() => {});
    assert.equal(await asked, 'beforeunload');
    assert.equal(await name.inputValue(), 'Jan Jansen');

    // A link inside the site (the header, outside the form): the page's own
    // question (phone-forms.spec.mjs has the rest); "Blijven" keeps the answer.
    await page.evaluate(() => document.querySelector('a.site-title').click());
    const prompt = page.getByRole('dialog', { name: 'Je antwoorden zijn nog niet opgeslagen' });
    await prompt.waitFor();
    await prompt.getByRole('button', { name: 'Blijven' }).click();
    assert.equal(new URL(page.url()).pathname, FORM);
    assert.equal(await name.inputValue(), 'Jan Jansen');

    // Saved to a file: the answers are safe, the page may be left without a question.
    await Promise.all([page.waitForEvent('download'), page.locator('[data-actie="opslaan"]').first().click()]);
    let dialogs = 0;
    page.on('dialog', (dialog) => { dialogs += 1; dialog.accept(); });
    await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.locator('a.site-title').click()]);
    assert.equal(dialogs, 0, 'no question once saved');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${screen}: links in the form's text open in a new tab and the form keeps its answers`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${FORM}`);
    await page.getByLabel('Naam klant').fill('Jan Jansen');
    const link = page.locator('.formulier-pagina a[href]:not([href^="#"])').first();
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.innerText(), /opent in een nieuw tabblad/);
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    assert.notEqual(new URL(opened.url()).pathname, FORM);
    assert.equal(new URL(page.url()).pathname, FORM);
    assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen');
    // Every link inside the form itself does the same (help texts, intros).
    const inForm = await page.locator('form[data-formulier] a[href]:not([href^="#"])').evaluateAll(
      (links) => links.filter((a) => a.target !== '_blank').map((a) => a.href));
    assert.deepEqual(inForm, []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${screen}: "Wissen" is visibly the destructive action and asks before it clears`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${FORM}`);
    const clear = page.getByRole('button', { name: 'Wissen', exact: true });
    const save = page.getByRole('button', { name: 'Opslaan als bestand' }).first();
    const look = (button) => button.evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, border: style.borderTopColor, width: parseFloat(style.borderTopWidth) };
    });
    const [clearLook, saveLook] = [await look(clear), await look(save)];
    const [r, g, b] = clearLook.color.match(/\d+/g).map(Number);
    assert.ok(r > 150 && g < 80 && b < 80, `Wissen is red (${clearLook.color})`);
    assert.notEqual(clearLook.color, saveLook.color);
    assert.ok(clearLook.width > saveLook.width, 'a heavier border than the other actions');
    const [clearBox, saveBox] = [await clear.boundingBox(), await save.boundingBox()];
    assert.ok(clearBox.x - (saveBox.x + saveBox.width) > 16 || clearBox.y > saveBox.y + saveBox.height,
      'set apart from the other actions');

    await page.getByLabel('Naam klant').fill('Jan Jansen');
    page.once('dialog', (dialog) => dialog.dismiss());
    await clear.click();
    assert.equal(await page.getByLabel('Naam klant').inputValue(), 'Jan Jansen', 'cancelling keeps the answers');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`${screen}: printing with required fields empty names them, on screen and on paper`, async () => {
    const { page, problems, context } = await watchedPage(browser, options);
    await page.goto(`${server.base}${FORM}`);
    await page.getByLabel('Naam klant').fill('Jan Jansen');
    await page.getByRole('button', { name: 'Afdrukken', exact: true }).first().click();
    const message = await page.locator('[data-melding]').innerText();
    assert.match(message, /verplichte velden zijn nog leeg: .*Naam professional Mens in beeld/);
    assert.doesNotMatch(message, /Naam klant/);

    await page.emulateMedia({ media: 'print' });
    const note = page.locator('.afdruk-ontbreekt');
    assert.ok(await note.isVisible(), 'the paper says it too');
    assert.match(await note.innerText(), /Nog niet ingevuld \(verplicht\): .*Datum van het plan/);
    await page.evaluate(() => document.documentElement.classList.add('leeg-afdrukken'));
    assert.ok(!(await note.isVisible()), 'not on a blank print');
    await page.evaluate(() => document.documentElement.classList.remove('leeg-afdrukken'));
    await page.emulateMedia({ media: 'screen' });
    assert.ok(!(await note.isVisible()), 'not on the screen');

    // Still nothing kept by the browser.
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(await page.evaluate(() => [Object.keys(localStorage), Object.keys(sessionStorage)]), [[], []]);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
