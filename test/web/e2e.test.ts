/**
 * End to end in real headless Chromium: the demo report through the dashboard server, every
 * view, evidence highlighting, search, filters, a phone viewport; screenshots go to
 * test-artifacts/web/. Prints the page's load time for the demo report (measured, not asserted).
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { runPipeline } from '../../src/pipeline.ts';
import type { Report } from '../../src/report/contract.ts';
import { acledType } from '../../src/report/export/acled.ts';
import { type Dashboard, startDashboard } from '../../src/server/dashboard.ts';
import { parseCsv } from '../export/rfc4180.ts';
import { type Browser, CHROMIUM_MISSING, chromiumAvailable, launchChromium } from './browser.ts';
import { ensureWebBuilt } from './build.ts';

const SHOTS = 'test-artifacts/web';

/** Set by the app (web/src/main.tsx) once the report is on screen. */
type LoadedWindow = { __sitrepLoadedMs?: number };
const VIEWS = ['overview', 'timeline', 'map', 'figures', 'claims', 'sources'] as const;

const available = chromiumAvailable();
if (!available && !process.env.CI) {
  console.warn(`\n!!! SKIPPING browser tests: ${CHROMIUM_MISSING}\n`);
}
if (!available && process.env.CI) {
  test('browser tests need Chromium', () => assert.fail(CHROMIUM_MISSING));
}

function words(report: Report, m: { doc: string; start: number; end: number }): string {
  const d = report.documents.find((x) => x.id === m.doc);
  assert.ok(d, `document ${m.doc}`);
  return d.text.slice(m.start, m.end);
}

async function openView(page: Page, view: string): Promise<void> {
  await page.click(`nav button[data-view="${view}"]`);
  await page.waitForSelector(`main[data-view="${view}"] h2`);
}

describe('dashboard in headless Chromium', { skip: !available }, () => {
  let report: Report;
  let dash: Dashboard;
  let browser: Browser;
  let page: Page;
  const outside: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const built = await ensureWebBuilt();
    if (built) console.log(`built web/dist in ${(built / 1000).toFixed(1)} s`);
    report = await runPipeline(['examples/corpus']);
    dash = await startDashboard({ report, port: 0 });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    page.on('request', (req) => {
      const u = req.url();
      if (!u.startsWith(dash.url) && !u.startsWith('data:')) outside.push(u);
    });
  });

  after(async () => {
    await browser?.close();
    await dash?.close();
  });

  test('loads the demo report and shows the overview', async () => {
    const t0 = performance.now();
    await page.goto(dash.url);
    await page.waitForFunction(() => (window as unknown as LoadedWindow).__sitrepLoadedMs !== undefined);
    const wall = performance.now() - t0;
    const inPage = await page.evaluate(() => (window as unknown as LoadedWindow).__sitrepLoadedMs ?? -1);
    const kb = Math.round(JSON.stringify(report).length / 1024);
    console.log(
      `dashboard load, demo report (${report.documents.length} docs, ${report.events.length} events, ${kb} KB JSON) on loopback: ` +
        `${wall.toFixed(0)} ms from goto to rendered (${inPage.toFixed(0)} ms after navigation start in the page)`,
    );
    await page.waitForSelector('main[data-view="overview"] h2');
    const docs = await page.locator('.stats div', { hasText: 'Documents' }).locator('dd').textContent();
    assert.equal(docs, String(report.documents.length));
    await page.screenshot({ path: `${SHOTS}/overview-1280.png`, fullPage: true });
  });

  test('views are reachable from the keyboard', async () => {
    await page.goto(`${dash.url}#/overview`);
    await page.reload(); // focus navigation starts at the top of a fresh page
    await page.waitForSelector('main[data-view="overview"] h2');
    let found = false;
    for (let i = 0; i < 25 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.getAttribute('data-view') === 'figures');
    }
    assert.ok(found, 'Tab reaches the Figures tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    assert.notEqual(outline, 'none', 'the focused tab shows a focus ring');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="figures"] h2');
    // the new view takes focus; Shift+Tab goes back into the tabs, Space activates one
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.keyboard.press('Shift+Tab');
    const tab = await page.evaluate(() => document.activeElement?.getAttribute('data-view'));
    assert.ok(tab, 'a view tab has focus');
    await page.keyboard.press('Space');
    await page.waitForSelector(`main[data-view="${tab}"] h2`);
  });

  test('the server offers the exports of the demo report', async () => {
    const csv = await (await fetch(new URL('export/acled.csv', dash.url))).text();
    const rows = parseCsv(csv);
    const codable = report.events.filter((e) => acledType(e.type, e.mode) !== null).length;
    assert.equal(rows.length - 1, codable);
    const geo = (await (await fetch(new URL('export/events.geojson', dash.url))).json()) as {
      features: unknown[];
    };
    assert.ok(geo.features.length > 0, 'demo events have coordinates');
    const links = await page.locator('.downloads a').count();
    assert.equal(links, 4, 'the footer links to the printable sitrep and the exports');
  });

  test('every view opens and renders its content', async () => {
    for (const view of VIEWS) {
      await openView(page, view);
      if (view === 'timeline') await page.waitForSelector('.plot svg');
      if (view === 'map') {
        await page.waitForSelector('.map[data-basemap="ready"]');
        await page.waitForSelector('path[data-place]');
      }
      if (view === 'figures' && report.figures.some((f) => !f.historical))
        await page.waitForSelector('.reporter svg');
      await page.screenshot({
        path: `${SHOTS}/${view}-1280.png`,
        fullPage: view === 'overview' || view === 'figures',
      });
    }
    const contested = report.claims.reduce(
      (n, c) => n + c.contradicts.filter((id) => report.claims.some((o) => o.id === id)).length,
      0,
    );
    await openView(page, 'claims');
    assert.equal(await page.locator('.pairs > li').count(), contested);
  });

  test('clicking an event opens its article with the mention highlighted', async () => {
    await openView(page, 'timeline');
    const button = page.locator('.events button.item').first();
    const id = await button.getAttribute('data-item');
    assert.ok(id);
    await button.click();
    await page.waitForSelector('main[data-view="evidence"] .article-text mark.active');
    const ev = report.events.find((e) => e.id === id);
    assert.ok(ev);
    assert.equal(await page.locator('mark.active').textContent(), words(report, ev.mentions[0]));
    const docText = report.documents.find((d) => d.id === ev.mentions[0].doc)?.text;
    assert.equal(await page.locator('.article-text').textContent(), docText, 'the whole article, as text');
    await page.screenshot({ path: `${SHOTS}/evidence-1280.png` });
    // keyboard: back with Enter on the focused Back button
    await page.focus('button.back');
    await page.keyboard.press('Enter');
    await page.waitForSelector('main[data-view="timeline"]');
  });

  test('a map place lists its events and opens evidence', async () => {
    await openView(page, 'map');
    await page.waitForSelector('path[data-place]');
    // a click on a marker (markers can overlap: the one on top answers)
    await page.locator('path[data-place]').first().click({ force: true });
    const shown = await page.waitForSelector('.place-events[data-place]');
    const clicked = await shown.getAttribute('data-place');
    assert.equal(
      await page.locator('.place-events .events > li').count(),
      report.events.filter((e) => e.place === clicked).length,
    );
    // the list of places does the same from the keyboard
    const placeId = await page.locator('.places button[data-place]').last().getAttribute('data-place');
    await page.focus(`.places button[data-place="${placeId}"]`);
    await page.keyboard.press('Space');
    await page.waitForSelector(`.place-events[data-place="${placeId}"]`);
    assert.equal(
      await page.locator('.place-events .events > li').count(),
      report.events.filter((e) => e.place === placeId).length,
    );
    await page.locator('.place-events button.item').first().click();
    await page.waitForSelector('main[data-view="evidence"] mark.active');
  });

  test('filters narrow the timeline', async () => {
    await openView(page, 'timeline');
    const type = report.events[0].type;
    await page.selectOption('#f-type', type);
    const expected = report.events.filter((e) => e.type === type).length;
    await page.waitForSelector(`[data-count="${expected}"]`);
    assert.equal(await page.locator('.events > li').count(), expected);
    const place = report.events.find((e) => e.type === type && e.place)?.place;
    if (place) {
      await page.selectOption('#f-place', place);
      const both = report.events.filter((e) => e.type === type && e.place === place).length;
      await page.waitForSelector(`[data-count="${both}"]`);
    }
    await page.screenshot({ path: `${SHOTS}/timeline-filtered-1280.png`, fullPage: true });
    await page.selectOption('#f-type', '');
    await page.selectOption('#f-place', '');
  });

  test('search finds items and opens them', async () => {
    const place = report.entities.find((e) => e.type === 'place' && e.mentions.length > 1);
    assert.ok(place, 'the demo report names places');
    await page.fill('#q', place.name);
    await page.press('#q', 'Enter');
    await page.waitForSelector('main[data-view="search"] [data-hits]');
    const hits = Number(await page.locator('[data-hits]').getAttribute('data-hits'));
    assert.ok(hits > 0, `hits for ${place.name}`);
    await page.screenshot({ path: `${SHOTS}/search-1280.png`, fullPage: true });
    await page.locator('.hits button.item').first().click();
    await page.waitForSelector('main[data-view="evidence"] .article-text');
    const text = (await page.locator('.article-text').textContent()) ?? '';
    assert.ok(text.toLowerCase().includes(place.name.toLowerCase().split(' ')[0]));
  });

  test('nothing was fetched from outside the dashboard server (offline map, no CDN)', () => {
    assert.deepEqual(outside, []);
  });

  test('readable on a phone-sized viewport', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${dash.url}#/overview`);
    await phone.waitForSelector('main[data-view="overview"] h2');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
    await phone.screenshot({ path: `${SHOTS}/overview-390.png`, fullPage: false });
    await phone.goto(`${dash.url}#/timeline`);
    await phone.waitForSelector('main[data-view="timeline"] h2');
    await phone.screenshot({ path: `${SHOTS}/timeline-390.png`, fullPage: false });
    await phone.close();
  });
});
