// A real, certified OpenID provider (panva's oidc-provider) for the tests and
// the demo, configured by config.json beside this file: public clients for the
// customer app (code + PKCE, loopback redirect), the kiosk (device flow) and
// the agent desktop; users at two assurance levels; JWT access tokens per
// resource server; refresh tokens; revocation; RP-initiated logout.
//
//   node provider.mjs --port 0 --state DIR [--admin-token T]
//
// Prints "ready <issuer>" when it serves. Its signing keys live in DIR/keys.json
// (made on first start). With --admin-token, POST /admin/rotate-keys puts a new
// signing key in front (the old one stays published, so tokens already issued
// still verify) and POST /admin/retire-keys stops publishing all but the newest:
// key rotation while the hub runs, without restarting anything. Every page is
// self-contained (no fonts or scripts from elsewhere): nothing leaves 127.0.0.1.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import Provider, { errors } from 'oidc-provider';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const host = option('host', '127.0.0.1');
const port = Number(option('port', '0'));
const stateDir = option('state', path.join(here, 'var'));
const adminToken = option('admin-token', process.env.IDP_ADMIN_TOKEN || '');
const config = JSON.parse(fs.readFileSync(option('config', path.join(here, 'config.json')), 'utf8'));

const users = new Map(config.users.map((u) => [u.sub, u]));
const quirks = new Map(config.clients.filter((c) => c.x_quirk).map((c) => [c.client_id, c.x_quirk]));
const clientResources = new Map(config.clients.map((c) => [c.client_id, c.x_resources || []]));
const clients = config.clients.map((c) => Object.fromEntries(
  Object.entries(c).filter(([key]) => !key.startsWith('x_')),
));

// ------------------------------------------------------------------ keys

const keysFile = path.join(stateDir, 'keys.json');

function newKey(kind) {
  const { privateKey } = kind === 'RS256'
    ? crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
    : crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: crypto.randomUUID(), alg: kind, use: 'sig' };
}

function loadKeys() {
  if (fs.existsSync(keysFile)) return JSON.parse(fs.readFileSync(keysFile, 'utf8')).keys;
  const keys = [newKey('ES256'), newKey('RS256')];
  saveKeys(keys);
  return keys;
}

function saveKeys(keys) {
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(keysFile, JSON.stringify({ keys }, null, 1), { mode: 0o600 });
}

// ------------------------------------------------------------------ pages

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>
<style>body{font-family:sans-serif;max-width:24rem;margin:2rem auto;padding:0 1rem}
input,button{display:block;width:100%;margin:.4rem 0;padding:.6rem;font-size:1rem;box-sizing:border-box}
.error{color:#b00020}</style></head><body><h1>${esc(title)}</h1>${body}</body></html>`;
}

function loginPage(uid, client, error) {
  return page('Sign in', `<p>to ${esc(client?.clientName || client?.clientId || '')}</p>
${error ? `<p class="error">${esc(error)}</p>` : ''}
<form method="post" action="/interaction/${esc(uid)}/login" id="login">
<label>User name <input name="username" autocomplete="username" autofocus></label>
<label>Password <input name="password" type="password" autocomplete="current-password"></label>
<button type="submit">Sign in</button></form>
<p><a href="/interaction/${esc(uid)}/abort">Cancel</a></p>`);
}

function consentPage(uid, client, details) {
  const scopes = [...(details.missingOIDCScope || [])].join(', ');
  return page('Allow access', `<p>${esc(client?.clientName || client?.clientId || '')} asks to use
your identity (${esc(scopes || 'sign-in')}).</p>
<form method="post" action="/interaction/${esc(uid)}/confirm" id="consent">
<button type="submit">Continue</button></form>
<p><a href="/interaction/${esc(uid)}/abort">Cancel</a></p>`);
}

// ------------------------------------------------------------------ provider

function acrOf(user) {
  return config.acr[user.level] || config.acr.basic;
}

function configuration(jwks, cookieKeys) {
  return {
    clients,
    clientDefaults: { id_token_signed_response_alg: 'ES256', grant_types: ['authorization_code'] },
    jwks: { keys: jwks },
    cookies: { keys: cookieKeys },
    acrValues: Object.values(config.acr),
    claims: {
      openid: ['sub'],
      profile: ['name', 'given_name', 'family_name'],
      groups: ['groups'],
    },
    scopes: ['openid', 'offline_access', 'profile', 'groups'],
    async findAccount(_ctx, sub) {
      const user = users.get(sub);
      if (!user) return undefined;
      return {
        accountId: sub,
        async claims() {
          const { name, given_name, family_name, groups } = user;
          return { sub, name, given_name, family_name, groups };
        },
      };
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // Refresh tokens for every client allowed the grant, without offline_access consent.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // What the hub reads from an access token: the assurance level, the display
    // name, and for staff the groups its role mapping turns into roles.
    async extraTokenClaims(_ctx, token) {
      const user = token.accountId && users.get(token.accountId);
      if (!user) return undefined;
      const extra = { acr: acrOf(user), name: user.name };
      if (String(token.aud || '').endsWith(':staff')) {
        extra.groups = user.groups || [];
        extra.languages = user.languages || [];
      }
      return extra;
    },
    formats: {
      customizers: {
        // Test clients whose tokens are wrong in one way each (config.json
        // "x_quirk"): the hub must refuse them although the provider signed them.
        async jwt(_ctx, token, jwt) {
          const quirk = quirks.get(token.clientId);
          const now = Math.floor(Date.now() / 1000);
          if (quirk === 'expired') Object.assign(jwt.payload, { iat: now - 1200, exp: now - 600 });
          if (quirk === 'not_yet_valid') jwt.payload.nbf = now + 3600;
          if (quirk === 'wrong_issuer') jwt.payload.iss = 'https://idp.example.invalid';
        },
      },
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      introspection: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_ctx, client, oneOf) => oneOf || (clientResources.get(client.clientId) || [])[0],
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx, indicator, client) {
          const resource = config.resources[indicator];
          if (!resource || !(clientResources.get(client.clientId) || []).includes(indicator)) {
            throw new errors.InvalidTarget();
          }
          return {
            scope: resource.scope,
            audience: indicator,
            accessTokenTTL: resource.ttl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: quirks.get(client.clientId) === 'rs256' ? 'RS256' : 'ES256' } },
          };
        },
      },
      deviceFlow: {
        enabled: true,
        userCodeInputSource: async (ctx, form, _out, err) => {
          ctx.body = page('Sign in to the office terminal', `${err ? '<p class="error">The code was not right. Try again.</p>' : '<p>Enter the code shown on the screen.</p>'}
${form}<button type="submit" form="op.deviceInputForm">Continue</button>`);
        },
        userCodeConfirmSource: async (ctx, form, client, _info, userCode) => {
          ctx.body = page('Confirm the terminal', `<p>${esc(client.clientName || client.clientId)} shows the code</p>
<p><strong>${esc(userCode)}</strong></p>${form}
<button type="submit" form="op.deviceConfirmForm" name="confirm" value="yes">Continue</button>
<button type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Cancel</button>`);
        },
        successSource: async (ctx) => {
          ctx.body = page('Signed in', '<p>You are signed in at the office terminal. You can put your phone away.</p>');
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx, form) => {
          ctx.body = page('Sign out', `<p>Do you want to sign out?</p>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button>`);
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Signed out', '<p>You have signed out.</p>');
        },
      },
    },
    async renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = page('Sign-in failed', Object.entries(out)
        .map(([k, v]) => `<p><strong>${esc(k)}</strong>: ${esc(v)}</p>`).join(''));
    },
    ttl: {
      AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL || 600,
      AuthorizationCode: 60,
      DeviceCode: 600,
      IdToken: 600,
      Interaction: 600,
      RefreshToken: 24 * 3600,
      Session: 3600,
      Grant: 24 * 3600,
    },
  };
}

// ------------------------------------------------------------------ server

let keys;
let current; // the provider serving now; replaced (same storage) when keys rotate
const cookieKeys = [crypto.randomBytes(32).toString('hex')];

function build(issuer) {
  const provider = new Provider(issuer, configuration(keys, cookieKeys));
  provider.proxy = false;
  return provider;
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, body, type = 'text/html; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function interaction(req, res, uid, action) {
  const provider = current;
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Sign-in failed', '<p>Unknown sign-in.</p>'));
  const client = await provider.Client.find(details.params.client_id);
  if (action === undefined && req.method === 'GET') {
    if (details.prompt.name === 'login') return send(res, 200, loginPage(uid, client));
    return send(res, 200, consentPage(uid, client, details.prompt.details));
  }
  if (action === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled' },
      { mergeWithLastSubmission: false });
  }
  if (req.method !== 'POST') return send(res, 405, 'method not allowed', 'text/plain');
  const form = await readForm(req);
  if (action === 'login') {
    const user = config.users.find((u) => u.username === form.get('username'));
    const given = Buffer.from(form.get('password') || '');
    const ok = user && given.length === Buffer.byteLength(user.password)
      && crypto.timingSafeEqual(given, Buffer.from(user.password));
    if (!ok) return send(res, 200, loginPage(uid, client, 'Wrong user name or password.'));
    return provider.interactionFinished(req, res, {
      login: { accountId: user.sub, acr: acrOf(user), amr: ['pwd'] },
    }, { mergeWithLastSubmission: false });
  }
  if (action === 'confirm') {
    const { accountId } = details.session;
    const grant = details.grantId ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId: details.params.client_id });
    const missing = details.prompt.details;
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes || {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 404, 'not found', 'text/plain');
}

function admin(req, res, what) {
  const given = Buffer.from(req.headers.authorization || '');
  const expected = Buffer.from(`Bearer ${adminToken}`);
  if (!adminToken || given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return send(res, 403, '{"error":"forbidden"}', 'application/json');
  }
  if (what === 'rotate-keys') {
    keys = [newKey('ES256'), ...keys];
  } else if (what === 'retire-keys') {
    const newestEs = keys.find((k) => k.alg === 'ES256');
    keys = keys.filter((k) => k.alg !== 'ES256' || k === newestEs);
  } else {
    return send(res, 404, '{"error":"not_found"}', 'application/json');
  }
  saveKeys(keys);
  current = build(current.issuer);
  const published = keys.map((k) => ({ kid: k.kid, alg: k.alg }));
  return send(res, 200, JSON.stringify({ signing: keys[0].kid, keys: published }), 'application/json');
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const inter = url.pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|confirm|abort))?$/);
  const adm = url.pathname.match(/^\/admin\/([\w-]+)$/);
  let handled;
  if (inter) handled = interaction(req, res, inter[1], inter[2]);
  else if (adm && req.method === 'POST') handled = admin(req, res, adm[1]);
  else return current.callback()(req, res);
  Promise.resolve(handled).catch((err) => {
    console.error(err);
    if (!res.headersSent) send(res, 400, page('Sign-in failed', `<p>${esc(err.message)}</p>`));
  });
});

keys = loadKeys();
server.listen(port, host, () => {
  const issuer = `http://${host}:${server.address().port}`;
  current = build(issuer);
  process.stdout.write(`ready ${issuer}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
