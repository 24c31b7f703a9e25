import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type express from 'express';

/** The languages the policy pages are written in: English at the root, the others in a folder of their own. */
export const POLICY_LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export const POLICY_PAGES = ['privacy', 'terms'] as const;

/** Where a page is served and published: /privacy, /de/privacy ... (docs/privacy.html, docs/de/privacy.html ...). */
export function policyPath(language: (typeof POLICY_LANGUAGES)[number], page: (typeof POLICY_PAGES)[number]): string {
  return language === 'en' ? `/${page}` : `/${language}/${page}`;
}

/**
 * Serves the privacy policy and the terms of use (GET /privacy, /terms, /de/privacy ... /fr/terms) from
 * docs/, the same files a static host such as GitHub Pages publishes at the same paths. The pages are read
 * once, when mounted; only these eight paths answer, so no request can name another file.
 */
export function mountPolicyPages(app: express.Express, docsDir: string = resolve('docs')): void {
  for (const language of POLICY_LANGUAGES) {
    for (const page of POLICY_PAGES) {
      const html = readFileSync(join(docsDir, ...(language === 'en' ? [] : [language]), `${page}.html`));
      app.get(policyPath(language, page), (_req, res) => {
        res
          .type('html')
          .set({ 'Content-Language': language, 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Cache-Control': 'public, max-age=3600' })
          .send(html);
      });
    }
  }
}
