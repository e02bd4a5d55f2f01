import { render } from 'preact';
import type { Report } from '../../src/report/contract.ts';
import { App } from './app.tsx';
import './style.css';

declare global {
  interface Window {
    /** Set when the report is on screen: milliseconds from navigation start (read by the e2e test). */
    __sitrepLoadedMs?: number;
  }
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  try {
    const res = await fetch(new URL('report', location.href), { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET /report answered ${res.status}`);
    const report = (await res.json()) as Report;
    if (!report || !Array.isArray(report.documents) || !Array.isArray(report.events)) {
      throw new Error('GET /report did not return a sitrep report');
    }
    root.replaceChildren();
    render(<App report={report} />, root);
    window.__sitrepLoadedMs = performance.now();
  } catch (err) {
    const p = document.createElement('p');
    p.className = 'error';
    p.textContent = `Could not load the report: ${err instanceof Error ? err.message : String(err)}`;
    root.replaceChildren(p);
  }
}

void main();
