/**
 * Opens a dashboard URL in headless Chromium and prints the result of a JavaScript expression.
 * Usage: node --import tsx scripts/e2e-eval.ts <url> <expression> [waitSelector]
 */
import { launchChromium } from '../test/web/browser.ts';

const [url, expr, sel] = process.argv.slice(2);
const b = await launchChromium();
const page = await b.context.newPage();
page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
await page.goto(url);
if (sel)
  await page
    .waitForSelector(sel, { timeout: 10000, state: 'attached' })
    .catch((e: Error) => console.log(e.message));
console.log(await page.evaluate(expr));
await b.close();
