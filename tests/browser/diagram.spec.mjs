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
    const svg = page.locator('main svg.route-diagram-breed');
    assert.equal(await svg.count(), 1, `${path} has a diagram`);
    assert.equal(await page.locator('main svg.route-diagram-smal').count(), 1, `${path} has a narrow diagram`);
    const steps = await page.locator('ol.steps > li.step').evaluateAll((items) => items.map((item) => ({
      id: item.id, title: item.querySelector('.step-title').lastChild.textContent.trim(),
    })));
    const boxes = await svg.locator('g.route-step').evaluateAll((groups) => groups.map((group) => ({
      step: group.dataset.stap, text: [...group.querySelectorAll('text')].map((text) => text.textContent).join(' '),
    })));
    assert.deepEqual(boxes.map((box) => box.step), steps.map((step) => step.id), `${path}: one box per step, in order`);
    boxes.forEach((box, i) => assert.ok(box.text.startsWith(`${i + 1}. `), box.text));

    // the text alternative: a group (its boxes are links, which an image
    // may not hold), named by its <title>, described by its <desc>
    assert.equal(await svg.getAttribute('role'), 'group');
    const titleId = await svg.getAttribute('aria-labelledby');
    const descId = await svg.getAttribute('aria-describedby');
    assert.equal(await svg.locator(`title#${titleId}`).count(), 1);
    const description = await svg.locator(`desc#${descId}`).textContent();
    for (const step of steps) assert.ok(description.includes(step.title), `${path}: the description names "${step.title}"`);
    assert.match(description, new RegExp(`route in ${steps.length} stappen`));
    // what Chromium gives assistive technology
    const node = await accessibilityNode(page, 'main svg.route-diagram-breed');
    assert.equal(node.role, 'group');
    assert.equal(node.name, 'Schema van de route');
    assert.equal(node.description, description);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the three outcomes of Mens in beeld are branches; role, termijn and form are on the steps', async () => {
  const { page, problems, context } = await watchedPage(browser);
  await page.goto(`${server.base}/processen/mens-in-beeld/`);
  const svg = page.locator('main svg.route-diagram-breed');
  const alternatives = await svg.locator('g.route-alternative').allTextContents();
  for (const route of ['Route dagbesteding', 'Route werk', 'Route zorg']) {
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
    const rects = await page.locator('main svg.route-diagram-breed rect').evaluateAll((all) =>
      all.map((rect) => rect.getBoundingClientRect().toJSON()));
    for (let i = 0; i < rects.length; i++) {
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i];
        const b = rects[j];
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        assert.ok(!overlap, `${path}: boxes ${i} and ${j} overlap`);
      }
    }
    assert.ok(await page.locator('main svg.route-diagram-smal').isHidden(), 'the narrow shape is for phones');
    const [svgBox, column] = await Promise.all([page.locator('main svg.route-diagram-breed').boundingBox(),
      page.locator('main').boundingBox()]);
    assert.ok(svgBox.width <= column.width + 1, `${path}: the diagram fits the column`);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('main svg.route-diagram-breed').isVisible(), 'the diagram prints');
    assert.ok(await page.locator('main svg.route-diagram-smal').isHidden(), 'once');
    assert.ok(await page.locator('.route-overview').isHidden());
    await page.emulateMedia({ media: 'screen' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

// The size a text of the drawing is rendered at: its font size times the
// drawing's scale (CSS pixels per user unit).
function renderedSizes(svg) {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
}

for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 640 }]) {
  test(`on a ${viewport.width} px phone the route is one column: readable, every branch in view, no sideways scrolling`, async () => {
    const { page, problems, context } = await watchedPage(browser, { viewport, hasTouch: true, isMobile: true });
    for (const path of PROCESSES) {
      await page.goto(`${server.base}${path}`);
      const narrow = page.locator('main svg.route-diagram-smal');
      assert.ok(await narrow.isVisible(), `${path}: the narrow shape shows`);
      assert.ok(await page.locator('main svg.route-diagram-breed').isHidden(), `${path}: the wide one does not`);
      const smallest = Math.min(...await narrow.evaluate(renderedSizes));
      assert.ok(smallest >= 12, `${path}: every text renders at 12 px or more (${smallest.toFixed(1)})`);
      const boxes = await narrow.locator('rect').evaluateAll((all) => all.map((rect) => rect.getBoundingClientRect().toJSON()));
      for (const box of boxes) assert.ok(box.left >= 0 && box.right <= viewport.width, `${path}: a box lies outside the screen`);
      assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= innerWidth), `${path}: no sideways scrolling`);
      // named and described like the wide one
      const node = await accessibilityNode(page, 'main svg.route-diagram-smal');
      assert.equal(node.name, 'Schema van de route');
      assert.match(node.description, /route in \d+ stappen/);
    }
    // every box goes to its step, an alternative to the step it branches from
    await page.goto(`${server.base}/processen/mens-in-beeld/`);
    const narrow = page.locator('main svg.route-diagram-smal');
    const lastStep = await narrow.locator('g.route-step').last().getAttribute('data-stap');
    await narrow.locator('g.route-alternative').filter({ hasText: 'Route zorg' }).tap();
    await page.waitForURL((url) => url.hash === `#${lastStep}`);
    await narrow.locator('g.route-step').nth(1).tap();
    await page.waitForURL((url) => url.hash === '#stap-kennismaking');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
