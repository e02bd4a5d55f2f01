/**
 * Article text is untrusted: a report whose texts carry script and event-handler markup must
 * show it literally in every view of the dashboard, and nothing in it may run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Dashboard, startDashboard } from '../../src/server/dashboard.ts';
import { type Browser, CHROMIUM_MISSING, chromiumAvailable, launchChromium } from './browser.ts';
import { ensureWebBuilt } from './build.ts';
import { hostileReport, IMG, SCRIPT } from './hostile.ts';

const available = chromiumAvailable();
if (!available && !process.env.CI) console.warn(`\n!!! SKIPPING browser XSS tests: ${CHROMIUM_MISSING}\n`);
if (!available && process.env.CI) test('XSS tests need Chromium', () => assert.fail(CHROMIUM_MISSING));

describe('untrusted text in the dashboard', { skip: available ? false : CHROMIUM_MISSING }, () => {
  let dash: Dashboard;
  let browser: Browser;
  let page: Page;
  const report = hostileReport();

  before(async () => {
    await ensureWebBuilt();
    dash = await startDashboard({ report, port: 0 });
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  after(async () => {
    await browser?.close();
    await dash?.close();
  });

  async function assertInert(p: Page): Promise<void> {
    assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await p.locator('img[src="x"]').count(), 0, 'no <img> element from the text');
    assert.equal(await p.locator('main script').count(), 0, 'no <script> element from the text');
    assert.equal(await p.locator('a[href^="javascript:"]').count(), 0, 'no javascript: link');
  }

  test('every view shows the markup as text and runs none of it', async () => {
    await page.goto(dash.url);
    await page.waitForSelector('main[data-view="overview"] h2');
    for (const view of ['overview', 'timeline', 'claims', 'sources', 'figures']) {
      await page.click(`nav button[data-view="${view}"]`);
      await page.waitForSelector(`main[data-view="${view}"] h2`);
      await assertInert(page);
    }
    // (A click returns before the view is drawn: wait for the text, up to a few seconds, then check
    // nothing ran.)
    const shows = (text: string) =>
      page
        .waitForFunction((t) => document.querySelector('main')?.textContent?.includes(t) ?? false, text, {
          timeout: 5000,
        })
        .then(
          () => true,
          () => false,
        );
    await page.click('nav button[data-view="claims"]');
    assert.ok(await shows(SCRIPT), 'claim text shown literally');
    await page.click('nav button[data-view="sources"]');
    assert.ok(await shows(`Breaking ${IMG}`), 'title shown literally');
    await assertInert(page);
  });

  test('map tooltips show place names as text', async () => {
    await page.goto(`${dash.url}#/map`);
    await page.waitForSelector('path[data-place="e2"]');
    await page.locator('path[data-place="e2"]').hover({ force: true });
    await page.waitForSelector('.leaflet-tooltip');
    assert.equal(await page.locator('.leaflet-tooltip').textContent(), `Kharkiv ${IMG}: 1 event(s)`);
    await assertInert(page);
  });

  test('a javascript: URL is not a link', async () => {
    await page.goto(`${dash.url}#/evidence/d2/0`);
    await page.waitForSelector('.article-text');
    assert.ok(((await page.locator('.article .source').textContent()) ?? '').includes('fixtures/d2.txt'));
    await assertInert(page);
  });

  test('the evidence view highlights the markup as literal text', async () => {
    await page.goto(`${dash.url}#/evidence/v99/0`);
    await page.waitForSelector('.article-text mark.active');
    const mark = await page.locator('mark.active').textContent();
    assert.equal(mark, `A witness wrote ${SCRIPT} and then ${IMG} on a wall.`);
    assert.equal(await page.locator('.article-text').textContent(), report.documents[0].text);
    assert.equal(
      await page.locator('.article-text *').count(),
      1,
      'the only element inside the text is the <mark>',
    );
    await assertInert(page);
    await page.screenshot({ path: 'test-artifacts/web/xss-evidence-1280.png' });
  });

  test('search results show the markup as text', async () => {
    await page.fill('#q', 'witness');
    await page.press('#q', 'Enter');
    await page.waitForSelector('[data-hits]');
    assert.ok(Number(await page.locator('[data-hits]').getAttribute('data-hits')) > 0);
    await assertInert(page);
  });
});
