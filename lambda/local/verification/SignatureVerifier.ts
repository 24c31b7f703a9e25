import { verify as verifySignature, X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import { certificateUrl } from './certificateUrl';
import { downloadCertificate, type Download } from './downloadCertificate';
import { Refusal, type RefusalReason } from './Refusal';
import { trustedSigningCertificate, type SigningCertificate } from './trustedSigningCertificate';

export interface SignatureVerifierOptions {
  /** How a certificate chain is fetched; the tests point it at a local stand-in of S3. */
  readonly download?: Download;
  /** The root CAs a chain must lead to (PEM); Node's bundled roots by default, as Amazon's chain needs. */
  readonly trustedCertificates?: readonly (string | Buffer)[];
  /** Milliseconds since the epoch; certificates are checked against it. */
  readonly now?: () => number;
  /** Largest certificate chain downloaded: 64 KiB (Amazon's is about 4 KiB). */
  readonly maxCertificateBytes?: number;
  /** The whole download, connection included: 2.5 s. */
  readonly downloadTimeoutMs?: number;
  /** How long a URL whose download or chain failed is refused without trying again: 10 s. */
  readonly failureTtlMs?: number;
  /** Certificates kept (Amazon uses one at a time): 8 entries and 256 KiB of PEM, the oldest dropped first. */
  readonly maxCachedCertificates?: number;
  readonly maxCachedBytes?: number;
  /** Failed URLs remembered: 256 (each at most 512 characters). */
  readonly maxRememberedFailures?: number;
  /** Downloads of different URLs at once; more are refused (503) rather than queued. */
  readonly maxConcurrentDownloads?: number;
}

interface Cached extends SigningCertificate {
  readonly bytes: number;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** A 4096-bit RSA signature is 684 base64 characters; anything much longer is not one. */
const MAX_SIGNATURE_LENGTH = 1024;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

let systemRoots: X509Certificate[] | undefined;
/** Node's bundled root CAs, parsed on first use (about 140 certificates, a few milliseconds). */
function bundledRoots(): X509Certificate[] {
  systemRoots ??= rootCertificates.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return [];
    }
  });
  return systemRoots;
}

/**
 * Checks that a request was signed by Alexa, as Amazon documents for skills hosted as a web service:
 * the SignatureCertChainUrl header (see certificateUrl), the chain it points to (see
 * trustedSigningCertificate), and the signature over the raw body bytes: Signature-256 (RSA SHA-256)
 * when present, else the older Signature (RSA SHA-1). A bad Signature-256 is never retried as SHA-1.
 *
 * Cheap checks come first, so a forged request costs no download; a URL that failed is refused for a
 * while without downloading or checking again; chains that passed are kept (bounded in entries and bytes)
 * and checked against the clock again on every use.
 */
export class SignatureVerifier {
  private readonly download: Download;
  private readonly roots: () => readonly X509Certificate[];
  private readonly now: () => number;
  private readonly limits: { maxBytes: number; timeoutMs: number };
  private readonly failureTtlMs: number;
  private readonly maxCached: number;
  private readonly maxCachedBytes: number;
  private readonly maxFailures: number;
  private readonly maxDownloads: number;
  private readonly cache = new Map<string, Cached>();
  private cachedBytes = 0;
  private readonly failures = new Map<string, { reason: RefusalReason; until: number }>();
  private readonly inFlight = new Map<string, Promise<Cached>>();

  constructor(options: SignatureVerifierOptions = {}) {
    this.download = options.download ?? downloadCertificate;
    const trusted = options.trustedCertificates?.map((pem) => new X509Certificate(pem));
    this.roots = trusted ? () => trusted : bundledRoots;
    this.now = options.now ?? Date.now;
    this.limits = { maxBytes: options.maxCertificateBytes ?? 64 * 1024, timeoutMs: options.downloadTimeoutMs ?? 2500 };
    this.failureTtlMs = options.failureTtlMs ?? 10_000;
    this.maxCached = options.maxCachedCertificates ?? 8;
    this.maxCachedBytes = options.maxCachedBytes ?? 256 * 1024;
    this.maxFailures = options.maxRememberedFailures ?? 256;
    this.maxDownloads = options.maxConcurrentDownloads ?? 4;
  }

  /** Resolves when `body` (the raw bytes, before any parsing) carries Alexa's signature; throws a Refusal otherwise. */
  async verify(body: Buffer, headers: IncomingHttpHeaders): Promise<void> {
    const chainUrl = header(headers, 'signaturecertchainurl');
    const sha256 = header(headers, 'signature-256');
    const signature = sha256 ?? header(headers, 'signature');
    if (!chainUrl || !signature) throw new Refusal('signature-missing');
    if (signature.length > MAX_SIGNATURE_LENGTH || !BASE64.test(signature)) throw new Refusal('signature-malformed');
    const url = certificateUrl(chainUrl);
    const { certificate } = await this.certificate(url.href);
    let ok = false;
    try {
      ok = verifySignature(sha256 ? 'sha256' : 'sha1', body, certificate.publicKey, Buffer.from(signature, 'base64'));
    } catch {
      ok = false;
    }
    if (!ok) throw new Refusal('signature-invalid');
  }

  private async certificate(href: string): Promise<Cached> {
    const now = this.now();
    const cached = this.cache.get(href);
    if (cached) {
      this.forget(href, cached);
      // A kept chain can expire: then it is downloaded and checked again.
      if (cached.validFrom <= now && now <= cached.validTo) {
        this.keep(href, cached);
        return cached;
      }
    }
    const failed = this.failures.get(href);
    if (failed && failed.until > now) throw new Refusal(failed.reason);
    if (failed) this.failures.delete(href);
    const running = this.inFlight.get(href);
    if (running) return running;
    if (this.inFlight.size >= this.maxDownloads) throw new Refusal('certificate-busy', 503);
    const loading = this.load(href).finally(() => this.inFlight.delete(href));
    this.inFlight.set(href, loading);
    return loading;
  }

  private async load(href: string): Promise<Cached> {
    try {
      const pem = await this.download(new URL(href), this.limits);
      if (pem.length > this.limits.maxBytes) throw new Refusal('certificate-too-large');
      const entry = { ...trustedSigningCertificate(pem.toString('latin1'), this.roots(), this.now()), bytes: pem.length };
      this.keep(href, entry);
      return entry;
    } catch (error) {
      const reason = error instanceof Refusal ? error.reason : 'certificate-download';
      this.failures.delete(href);
      this.failures.set(href, { reason, until: this.now() + this.failureTtlMs });
      while (this.failures.size > this.maxFailures) this.failures.delete(this.failures.keys().next().value as string);
      throw new Refusal(reason);
    }
  }

  /** Keeps `entry` as the newest, dropping the oldest until both bounds hold. */
  private keep(href: string, entry: Cached): void {
    if (entry.bytes > this.maxCachedBytes) return;
    this.cache.set(href, entry);
    this.cachedBytes += entry.bytes;
    while (this.cache.size > this.maxCached || this.cachedBytes > this.maxCachedBytes) {
      const [oldest, dropped] = this.cache.entries().next().value as [string, Cached];
      this.forget(oldest, dropped);
    }
  }

  private forget(href: string, entry: Cached): void {
    this.cache.delete(href);
    this.cachedBytes -= entry.bytes;
  }

  /** What is kept, for the tests of the bounds. */
  get cacheSize(): { entries: number; bytes: number; failures: number } {
    return { entries: this.cache.size, bytes: this.cachedBytes, failures: this.failures.size };
  }
}
