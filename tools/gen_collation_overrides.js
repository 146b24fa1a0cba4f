'use strict';
/**
 * Dump how this Node's ICU collates every assigned code point, for
 * tools/gen_collation_overrides.py (which turns the dump into
 * src/gameplatform/playdapp/_collation_overrides.py).
 *
 * Writes one JSON object to stdout:
 *   versions  node, icu, unicode, cldr, and the collator's resolved locale
 *   order     [[code point, level], ...]: every assigned code point except surrogates and
 *             private use, as one-character strings, in the order the collator sorts them;
 *             level says how the string differs from the previous one (0 equal, 1 primary,
 *             2 secondary, 3 tertiary)
 *   nfd       {code point: [code points]}: canonical decompositions (Hangul excluded)
 *
 * Run it through the Python generator, which pins the locale the way the tests do:
 *   .venv/bin/python tools/gen_collation_overrides.py
 */
const locale = 'en-US';
const tertiary = new Intl.Collator(locale, { sensitivity: 'variant' });
const secondary = new Intl.Collator(locale, { sensitivity: 'accent' });
const primary = new Intl.Collator(locale, { sensitivity: 'base' });

const assigned = /^\p{Assigned}$/u;
const excluded = /^[\p{Cs}\p{Co}]$/u;
const codePoints = [];
for (let cp = 0; cp <= 0x10ffff; cp += 1) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const text = String.fromCodePoint(cp);
  if (assigned.test(text) && !excluded.test(text)) codePoints.push(cp);
}

const strings = codePoints.map((cp) => String.fromCodePoint(cp));
// Array.prototype.sort is stable: ties stay in code point order.
const order = codePoints.map((cp, index) => index).sort((a, b) => tertiary.compare(strings[a], strings[b]));

const rows = [];
let previous = null;
for (const index of order) {
  const text = strings[index];
  let level = 1;
  if (previous !== null) {
    if (primary.compare(previous, text) !== 0) level = 1;
    else if (secondary.compare(previous, text) !== 0) level = 2;
    else if (tertiary.compare(previous, text) !== 0) level = 3;
    else level = 0;
  }
  rows.push([codePoints[index], level]);
  previous = text;
}

const nfd = {};
for (const cp of codePoints) {
  if (cp >= 0xac00 && cp <= 0xd7a3) continue;
  const text = String.fromCodePoint(cp);
  const decomposed = text.normalize('NFD');
  if (decomposed !== text) nfd[cp] = Array.from(decomposed, (ch) => ch.codePointAt(0));
}

process.stdout.write(JSON.stringify({
  versions: {
    node: process.version,
    icu: process.versions.icu,
    unicode: process.versions.unicode,
    cldr: process.versions.cldr,
    locale: tertiary.resolvedOptions().locale,
  },
  order: rows,
  nfd,
}));
