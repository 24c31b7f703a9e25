import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPolicyPages, POLICY_LANGUAGES, POLICY_PAGES, policyPath } from '../../lambda/local/policyPages';

/** What Amazon's certification looks at outside the skill's answers: icons, privacy and terms pages, links. */
const manifest = JSON.parse(readFileSync('skill-package/skill.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage: string; bugs: { url: string } };
const locales = Object.keys(manifest.manifest.publishingInformation.locales);
const docsFile = (path: string) => `docs${path}.html`;
const languageOf = (locale: string) => locale.slice(0, 2) as (typeof POLICY_LANGUAGES)[number];

/** Width and height from a PNG's IHDR chunk, after checking the signature and that IHDR comes first. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file}: PNG signature`).toBe(true);
  expect(png.toString('latin1', 12, 16), `${file}: IHDR first`).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('skill icons', () => {
  it('every locale has a 108 x 108 and a 512 x 512 PNG in the skill package', () => {
    for (const locale of locales) {
      const info = manifest.manifest.publishingInformation.locales[locale];
      for (const [uri, size] of [[info.smallIconUri, 108], [info.largeIconUri, 512]] as const) {
        expect(uri, locale).toMatch(/^file:\/\/assets\/images\/[\w-]+\.png$/);
        expect(pngSize(`skill-package/${uri.slice('file://'.length)}`), `${locale} ${uri}`).toEqual({ width: size, height: size });
      }
    }
  });

  it('are drawn from assets/icon.svg, and say so: re-rendering it gives the same bytes', () => {
    for (const file of ['skill-package/assets/images/icon-108.png', 'skill-package/assets/images/icon-512.png']) {
      expect(readFileSync(file).toString('latin1'), file).toContain('Generated from assets/icon.svg by: node scripts/build.mjs icons');
    }
    const check = spawnSync(process.execPath, ['scripts/build.mjs', 'icons', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  }, 60_000);
});

describe('privacy policy and terms of use', () => {
  it('exist for every language the skill speaks, written in it, naming what is kept, where, and how to delete it', () => {
    for (const language of POLICY_LANGUAGES) {
      const privacy = readFileSync(docsFile(policyPath(language, 'privacy')), 'utf8');
      const terms = readFileSync(docsFile(policyPath(language, 'terms')), 'utf8');
      for (const page of [privacy, terms]) expect(page).toContain(`<html lang="${language}">`);
      expect(privacy).toContain('DynamoDB');
      expect(privacy).toContain('CloudWatch');
      expect(privacy).toContain(`href="${pkg.bugs.url}"`);
      expect(terms).toContain(`href="${pkg.bugs.url}"`);
    }
    const forget = { en: 'forget my settings', de: 'vergiss meine Einstellungen', es: 'olvida mis ajustes', fr: 'oublie mes réglages' };
    for (const language of POLICY_LANGUAGES) expect(readFileSync(docsFile(policyPath(language, 'privacy')), 'utf8'), language).toContain(forget[language]);
  });

  it('every locale of skill.json links to the pages in its language under package.json\'s homepage, over https, no placeholder', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/[^/]+\/.*\/$/);
    for (const locale of locales) {
      const links = manifest.manifest.privacyAndCompliance.locales[locale];
      for (const page of POLICY_PAGES) {
        const url = links[page === 'privacy' ? 'privacyPolicyUrl' : 'termsOfUseUrl'] as string;
        const path = policyPath(languageOf(locale), page);
        expect(url, locale).toBe(`${pkg.homepage}${path.slice(1)}`);
        expect(existsSync(docsFile(path)), `${locale}: ${docsFile(path)}`).toBe(true);
        expect(new URL(url).hostname, locale).not.toMatch(/(^|\.)(example\.(com|org|net)|localhost|invalid|test)$/);
      }
    }
    // The links are written by the script: a change of homepage is one command.
    const check = spawnSync(process.execPath, ['scripts/build.mjs', 'policy-links', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('no placeholder address anywhere in what is published or deployed', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'skill-package', 'docs', 'infrastructure', 'ask-resources.json', 'package.json', 'assets'], { encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && existsSync(file) && !file.endsWith('.png'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const content = readFileSync(file, 'utf8');
      expect(content, file).not.toMatch(/example\.(com|org|net)|000000000000|your-domain/i);
      expect(content, file).not.toMatch(/\bTODO\b|\bXXX+\b/);
    }
  });
});

describe('npm run serve: the policy pages', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    mountPolicyPages(app);
    server = await new Promise<Server>((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('serves each page at the path its link names, as HTML in its language', async () => {
    for (const language of POLICY_LANGUAGES) {
      for (const page of POLICY_PAGES) {
        const response = await fetch(`${base}${policyPath(language, page)}`);
        expect(response.status, `${language} ${page}`).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect(response.headers.get('content-language')).toBe(language);
        expect(await response.text()).toBe(readFileSync(docsFile(policyPath(language, page)), 'utf8'));
      }
    }
  });

  it('serves nothing else from docs/', async () => {
    for (const path of ['/sources.md', '/privacy.html', '/docs/privacy.html', '/it/privacy', '/de/privacy.html']) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });
});
