/**
 * The add-in manifest for a host: manifest.xml (the dev manifest, https://localhost:3000)
 * templated to a base URL and to package.json's version. Used by webpack.config.js (which
 * writes dist/manifest.xml on every build), scripts/validate-manifest.js and the tests.
 *
 *   TDKT_BASE_URL=https://tdkt.example.gov.vn/addin npm run build
 *     → dist/manifest.xml: every URL under https://tdkt.example.gov.vn/addin/,
 *       AppDomain https://tdkt.example.gov.vn, <Version> 0.1.0.0 (package.json's 0.1.0)
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
/** The origin the dev manifest (manifest.xml) points at. */
const DEV_BASE = 'https://localhost:3000';

/** A base URL the build refuses: `message` is one line for the person running the build. */
class BaseUrlError extends Error {}

/**
 * Checks TDKT_BASE_URL: https only (Office loads add-ins only over https), no query or
 * fragment (the pages' URLs are appended to it), no user:password. Returns the base
 * without a trailing slash, its origin and its path ("/addin/", "/").
 */
function parseBaseUrl(raw) {
  const given = String(raw ?? '').trim();
  const refuse = (why) =>
    new BaseUrlError(
      `TDKT_BASE_URL "${given}" không dùng được: ${why} (ví dụ: TDKT_BASE_URL=https://tdkt.example.gov.vn/addin).`,
    );
  let url;
  try {
    url = new URL(given);
  } catch {
    throw refuse('không phải địa chỉ URL đầy đủ');
  }
  if (url.protocol !== 'https:') throw refuse('Office chỉ nạp bổ trợ qua https://');
  if (given.includes('?') || url.search) throw refuse('không được có phần truy vấn "?…"');
  if (given.includes('#') || url.hash) throw refuse('không được có phần "#…"');
  if (url.username || url.password) throw refuse('không được chứa tên đăng nhập hay mật khẩu');
  const pathname = url.pathname.replace(/\/+$/, '') + '/';
  return { base: url.origin + pathname.replace(/\/$/, ''), origin: url.origin, pathname };
}

/** package.json's "1.2.3" (or "1.2.3-rc.1") → the manifest's four-part "1.2.3.0". */
function manifestVersion(pkgVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(String(pkgVersion));
  if (!m) throw new Error(`package.json version "${pkgVersion}" is not x.y.z`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * manifest.xml with every https://localhost:3000 URL moved under `base` (as parsed by
 * parseBaseUrl; undefined keeps localhost), AppDomain set to the base's origin, and
 * <Version> from package.json.
 */
function templateManifest(xml, { base, version } = {}) {
  let out = xml.replace(
    /<Version>[^<]*<\/Version>/,
    `<Version>${manifestVersion(version ?? packageVersion())}</Version>`,
  );
  if (base) {
    out = out
      .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${base.origin}</AppDomain>`)
      .replace(/https:\/\/localhost:3000\//g, `${base.base}/`)
      .replace(/https:\/\/localhost:3000(?=["<])/g, base.base);
  }
  return out;
}

function readDevManifest() {
  return fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
}

module.exports = {
  BaseUrlError,
  DEV_BASE,
  manifestVersion,
  packageVersion,
  parseBaseUrl,
  readDevManifest,
  templateManifest,
};
