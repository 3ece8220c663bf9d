/**
 * The page around mlci's HTML reports (gate-html.ts, detect-html.ts): one self-contained document, no script, a
 * Content-Security-Policy that loads nothing, the shared type and table styles; each report adds its own rules.
 */
import { esc } from './svg.js';

const BASE_CSS = `body{font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;margin:0;background:#fff}
main{max-width:1200px;margin:0 auto;padding:16px 24px}
h1{font-size:24px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d1d9e0;padding-bottom:4px}
h3{font-size:15px;margin:16px 0 6px}
.meta{color:#59636e}.note{color:#59636e;font-size:13px}
table{border-collapse:collapse;margin:6px 0;font-size:13px}th,td{border:1px solid #d1d9e0;padding:3px 8px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f8fa}
svg{display:block;max-width:100%;height:auto;font-family:inherit}
svg text{font-size:12px;fill:#1f2328}svg .muted{fill:#59636e}svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
figcaption{font-size:13px;color:#59636e}`;

/** A whole HTML document: `css` (the report's own rules) after the shared ones. */
export function htmlPage(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>
${BASE_CSS}
${css}
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
