'use strict';
/**
 * The vendor's Playdapp request-signing snippet ("Authentication" page of Playdapp
 * Developers V2), run on the exact npm packages it names (crypto-js 4.2.0, sort-json
 * 2.0.1, pinned in package-lock.json). The only change to the vendor's text is the
 * missing ")" after `queryStrings.toString()`, without which it does not parse; the
 * unused lodash import is left out.
 *
 * Modes:
 *   node reference.js            serve: one JSON case per stdin line, one JSON answer per line
 *   node reference.js bench N    time generateSignature() on the documented Mapping Item body
 *
 * A case is {"id", "secret", "method", "path", "timestamp", "nonce", "body_json"}; body_json
 * is JSON text (JSON.parse decides the numbers) or null for no body. A case may instead be
 * {"id", "js_number_text": "<json number>"}, answered with String(JSON.parse(text)).
 * The first line written is a handshake naming the versions and the collation locale.
 */
const readline = require('readline');
const CryptoJs = require('crypto-js');
const sortJson = require('sort-json');

function generateSignature(apiSecret, method, path, timestamp, nonce, body) {
  return signAndExplain(apiSecret, method, path, timestamp, nonce, body).signature;
}

/** The vendor's function, returning the signed string as well as the signature. */
function signAndExplain(apiSecret, method, path, timestamp, nonce, body) {
  // Body and QueryStrings must be sort by key value Ascending (ASC) and Stringified JSON
  // Query strings sort by key ASC
  const requestPath = path.split('?')[0];
  const queryStrings = new URLSearchParams(path.split('?')[1]);
  queryStrings.sort();

  // Body sort by key ASC
  const params = JSON.stringify(sortJson(body || {}, { ignoreCase: true, reverse: false }));
  // Path Include Query Strings
  // Params Must Stringified JSON
  const apiPath = `${method}${requestPath}${queryStrings.toString().length > 0 ? '?' : ''}${decodeURIComponent(queryStrings.toString())}${nonce}${timestamp}${params}`;

  // Encrypt apiPath By Hmac Sha512
  const hash = CryptoJs.HmacSHA512(apiPath, apiSecret);
  // And Encode By Base64
  return { signingString: apiPath, signature: CryptoJs.enc.Base64.stringify(hash) };
}

const DOC_BODY = {
  userId: '123',
  serviceContractId: 1,
  itemCode: '1111',
  itemId: '11',
  itemAttributes: [
    { trait_type: 'Base', value: 'Starfish' },
    { trait_type: 'Eyes', value: 'Big' },
  ],
};

function answer(line) {
  const request = JSON.parse(line);
  const reply = { id: request.id };
  try {
    if (Object.prototype.hasOwnProperty.call(request, 'js_number_text')) {
      reply.text = String(JSON.parse(request.js_number_text));
    } else {
      const body = request.body_json === null ? null : JSON.parse(request.body_json);
      const result = signAndExplain(
        request.secret, request.method, request.path, request.timestamp, request.nonce, body,
      );
      reply.signing_string = result.signingString;
      reply.signature = result.signature;
    }
  } catch (error) {
    reply.error = `${error.name}: ${error.message}`;
  }
  return JSON.stringify(reply);
}

function serve() {
  const handshake = {
    ready: true,
    node: process.version,
    icu: process.versions.icu,
    unicode: process.versions.unicode,
    locale: new Intl.Collator().resolvedOptions().locale,
    crypto_js: require('crypto-js/package.json').version,
    sort_json: require('sort-json/package.json').version,
  };
  process.stdout.write(`${JSON.stringify(handshake)}\n`);
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line.trim().length > 0) {
      process.stdout.write(`${answer(line)}\n`);
    }
  });
}

function bench(loops) {
  const secret = 'test-secret-Ab9';
  let last = '';
  for (let i = 0; i < Math.min(loops, 2000); i += 1) {
    last = generateSignature(secret, 'POST', '/v1/items', 1663817250538, 'bsD3E7ge', DOC_BODY);
  }
  let best = Infinity;
  for (let round = 0; round < 5; round += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < loops; i += 1) {
      last = generateSignature(secret, 'POST', '/v1/items', 1663817250538, 'bsD3E7ge', DOC_BODY);
    }
    const elapsed = Number(process.hrtime.bigint() - start) / 1e3 / loops;
    best = Math.min(best, elapsed);
  }
  process.stdout.write(`${JSON.stringify({ per_call_us: best, loops, signature: last, node: process.version })}\n`);
}

if (process.argv[2] === 'bench') {
  bench(Number.parseInt(process.argv[3] || '20000', 10));
} else {
  serve();
}
