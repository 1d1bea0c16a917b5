// The route diagram of a proces page: inline SVG drawn at build time, one
// box per step in route order, branches for alternatives, real text, and a
// text alternative (title + description) for screen readers. It needs no
// script, fits the column and prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, watchedPage } from './support/site.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// The node of `selector` in Chromium's accessibility tree (role, name, description).
async function accessibilityNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
  await cdp.detach();
  const [found] = nodes;
  return { role: found.role?.value, name: found.name?.value, description: found.description?.value };
}

const PROCESSES = ['/processen/mens-in-beeld/', '/processen/brede-intake-en-pip/', '/processen/moreel-beraad/'];

test('one box per step, in order, and a text alternative naming every step', async () => {
  const { page, problems, context } = await watchedPage(browser, { javaScriptEnabled: false });
  for (const path of PROCESSES) {
    await page.goto(`${server.base}${path}`);
    const svg = page.locator('main svg.route-diagram');
    assert.equal(await svg.count(), 1, `${path} has a diagram`);
    const steps = await page.locator('ol.steps > li.step').evaluateAll((items) => items.map((item) => ({
      id: item.id, title: item.querySelector('.step-title').lastChild.textContent.trim(),
    })));
    const boxes = await svg.locator('g.route-step').evaluateAll((groups) => groups.map((group) => ({
      step: group.dataset.stap, text: [...group.querySelectorAll('text')].map((text) => text.textContent).join(' '),
    })));
    assert.deepEqual(boxes.map((box) => box.step), steps.map((step) => step.id), `${path}: one box per step, in order`);
    boxes.forEach((box, i) => assert.ok(box.text.startsWith(`${i + 1}. `), box.text));

    // the text alternative: role img, named by its <title>, described by its <desc>
    assert.equal(await svg.getAttribute('role'), 'img');
    const titleId = await svg.getAttribute('aria-labelledby');
    const descId = await svg.getAttribute('aria-describedby');
    assert.equal(await svg.locator(`title#${titleId}`).count(), 1);
    const description = await svg.locator(`desc#${descId}`).textContent();
    for (const step of steps) assert.ok(description.includes(step.title), `${path}: the description names "${step.title}"`);
    assert.match(description, new RegExp(`route in ${steps.length} stappen`));
    // what Chromium gives assistive technology
    const node = await accessibilityNode(page, 'main svg.route-diagram');
    assert.equal(node.role, 'image');
    assert.equal(node.name, 'Schema van de route');
    assert.equal(node.description, description);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the three outcomes of Mens in beeld are branches; role, termijn and form are on the steps', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const svg = page.locator('main svg.route-diagram');
  const alternatives = await svg.locator('g.route-alternative').allTextContents();
  for (const route of ['Route dagbesteding', 'Route banenafspraak', 'Route zorg']) {
    assert.ok(alternatives.some((text) => text.startsWith(route)), `${route} is a branch: ${alternatives}`);
  }
  const facts = await page.locator('li.step').evaluateAll((items) => items.map((item) => ({
    who: item.querySelector('.fact-who dd')?.firstChild.textContent.trim() ?? '',
    form: item.querySelector('.fact-form a')?.textContent ?? '',
  })));
  const boxes = await svg.locator('g.route-step').allTextContents();
  facts.forEach((fact, i) => {
    const box = boxes[i].replace(/\s+/g, ' ');
    if (fact.who) assert.ok(box.replace(/-/g, '').includes(fact.who.split(' ')[0]), `step ${i + 1} names its role: ${box}`);
    if (fact.form) assert.ok(box.includes(`Formulier: ${fact.form}`.split(' ').slice(0, 2).join(' ')), box);
  });
  // real text: the browser's own find sees it
  assert.ok(await page.evaluate(() => window.find('Route zorg')));
  // a click on a step box goes to the step
  await svg.locator('g.route-step').last().click();
  await page.waitForURL(/#stap-/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('no two boxes overlap on screen, the diagram fits the column, and it prints', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 1280, height: 900 } });
  for (const path of PROCESSES) {
    await page.goto(`${server.base}${path}`);
    const rects = await page.locator('main svg.route-diagram rect').evaluateAll((all) =>
      all.map((rect) => rect.getBoundingClientRect().toJSON()));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        assert.ok(!overlap, `${path}: boxes ${i} and ${j} overlap`);
      }
    }
    const [svgBox, column] = await Promise.all([page.locator('main svg.route-diagram').boundingBox(),
      page.locator('main').boundingBox()]);
    assert.ok(svgBox.width <= column.width + 1, `${path}: the diagram fits the column`);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('main svg.route-diagram').isVisible(), 'the diagram prints');
    assert.ok(await page.locator('.route-overview').isHidden());
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the diagram keeps readable text and scrolls sideways, reachable by keyboard', async () => {
  const { page, problems, context } = await watchedPage(browser, { viewport: { width: 375, height: 800 } });
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const strip = page.locator('[data-route-scroll]');
  const scrolls = await strip.evaluate((element) => element.scrollWidth > element.clientWidth);
  assert.ok(scrolls);
  assert.equal(await strip.getAttribute('tabindex'), '0');
  assert.equal(await strip.getAttribute('role'), 'region');
  const fontSize = await page.locator('svg.route-diagram text.route-title').first().evaluate((text) =>
    text.getBoundingClientRect().height);
  assert.ok(fontSize >= 11, `title text is at least 11px high on a phone (${fontSize})`);
  assert.deepEqual(problems, []);
  await context.close();
});
