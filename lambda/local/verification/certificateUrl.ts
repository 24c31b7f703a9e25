import { Refusal } from './Refusal';

/** Where Amazon keeps the certificate chains it signs requests with. */
export const CERTIFICATE_HOST = 's3.amazonaws.com';
export const CERTIFICATE_PATH_PREFIX = '/echo.api/';
/** Longer URLs are refused unread: Amazon's are about 60 characters, and the failure cache keys on them. */
export const MAX_CERTIFICATE_URL_LENGTH = 512;

/**
 * The SignatureCertChainUrl header as the URL to download, or a Refusal('certificate-url').
 *
 * Parsed and normalised first (WHATWG URL: scheme and host lower-cased, `:443` dropped, `.`, `..`,
 * `%2e%2e` and `\` resolved), then checked as Amazon documents: https, host s3.amazonaws.com, no port
 * other than 443, path under /echo.api/ (case-sensitive). So `/echo.api/../echo.api/x.pem` is
 * `/echo.api/x.pem` and passes, and `/echo.api/../evil/x.pem` is `/evil/x.pem` and is refused.
 * Stricter than Amazon's list, and never needed by a real request: an encoded dot, slash, backslash or
 * NUL left in the path after normalisation (`..%2f`), user info, and a query are refused.
 * The URL returned is the normalised one, so what is downloaded is exactly what was checked.
 */
export function certificateUrl(header: string): URL {
  if (header.length > MAX_CERTIFICATE_URL_LENGTH) throw new Refusal('certificate-url');
  let url: URL;
  try {
    url = new URL(header);
  } catch {
    throw new Refusal('certificate-url');
  }
  const path = url.pathname;
  const ok =
    url.protocol === 'https:' &&
    url.hostname === CERTIFICATE_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    path.startsWith(CERTIFICATE_PATH_PREFIX) &&
    path.length > CERTIFICATE_PATH_PREFIX.length &&
    !/%(2e|2f|5c|00)/i.test(path);
  if (!ok) throw new Refusal('certificate-url');
  url.hash = '';
  return url;
}
