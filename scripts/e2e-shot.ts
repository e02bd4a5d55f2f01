/**
 * Opens the dashboard at a URL in headless Chromium and saves a screenshot, printing console
 * messages and page errors. For looking at the app by hand.
 * Usage: node --import tsx scripts/e2e-shot.ts <url> <out.png> [width] [height] [waitSelector]
 */
import { launchChromium } from '../test/web/browser.ts';

const [url, out, w, h, sel] = process.argv.slice(2);
const b = await launchChromium({ width: Number(w ?? 1280), height: Number(h ?? 800) });
const page = await b.context.newPage();
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
await page.goto(url);
if (sel) await page.waitForSelector(sel, { timeout: 10000 }).catch((e: Error) => console.log(e.message));
await page.waitForTimeout(800);
await page.screenshot({ path: out ?? 'test-artifacts/shot.png' });
await b.close();
