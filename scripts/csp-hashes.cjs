// Trunk post_build hook (Trunk.toml): adds the sha256 of every inline <script> of the built index.html to the
// script-src of its Content-Security-Policy <meta>, so trunk's inline wasm loader runs and nothing else inline
// does. Fails the build when the policy is missing. Run by trunk with TRUNK_STAGING_DIR set; or by hand:
// `node scripts/csp-hashes.cjs dist/index.html`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const file = process.argv[2] || path.join(process.env.TRUNK_STAGING_DIR || 'dist', 'index.html');
let html = fs.readFileSync(file, 'utf8');

const hashes = [];
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  if (/\bsrc\s*=/i.test(m[1])) continue;
  const h = `'sha256-${crypto.createHash('sha256').update(m[2], 'utf8').digest('base64')}'`;
  if (!hashes.includes(h)) hashes.push(h);
}

// The <meta> with http-equiv=Content-Security-Policy, its attributes in any order and quoted or not (trunk's
// minifier, `trunk build --minify`, reorders them and drops quotes it does not need).
const meta = /(<meta\s+(?=[^>]*\bhttp-equiv="?Content-Security-Policy\b)[^>]*?\bcontent=")([^"]*)(")/i;
const found = html.match(meta);
if (!found) {
  console.error(`csp-hashes: no Content-Security-Policy <meta> in ${file}`);
  process.exit(1);
}
const directives = found[2].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
  if (!/^script-src\s/.test(d)) return d;
  const kept = d.split(/\s+/).filter((t) => !t.startsWith("'sha256-")); // idempotent: old hashes go
  return [...kept, ...hashes].join(' ');
});
html = html.replace(meta, (_, a, _b, c) => a + directives.join('; ') + c);
fs.writeFileSync(file, html);
console.log(`csp-hashes: ${hashes.length} inline script(s) allowed by hash in ${file}`);
