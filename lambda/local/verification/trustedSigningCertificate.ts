import { X509Certificate } from 'node:crypto';
import { Refusal } from './Refusal';

/** The name Amazon's signing certificate carries in its Subject Alternative Names. */
export const SIGNING_CERTIFICATE_NAME = 'echo-api.amazon.com';
/** Amazon's chain is the signing certificate and one or two CAs; more is not a chain we need to walk. */
const MAX_CHAIN_LENGTH = 5;

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/** A signing certificate that passed, and the time in which its whole chain (root included) is valid. */
export interface SigningCertificate {
  readonly certificate: X509Certificate;
  readonly validFrom: number;
  readonly validTo: number;
}

const period = (certificate: X509Certificate) => ({ from: Date.parse(certificate.validFrom), to: Date.parse(certificate.validTo) });

const issuedBy = (certificate: X509Certificate, issuer: X509Certificate) =>
  certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);

/**
 * The signing certificate of a PEM chain, once it passes Amazon's checks, or a Refusal:
 * - the signing certificate (the first) is within its Not Before and Not After dates,
 * - echo-api.amazon.com is one of its Subject Alternative Names (exactly, no wildcard),
 * - every certificate is signed by the next one (each of those a CA within its dates) up to one signed
 *   by a trusted root (or that is one).
 */
export function trustedSigningCertificate(pem: string, roots: readonly X509Certificate[], now: number): SigningCertificate {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0 || blocks.length > MAX_CHAIN_LENGTH) throw new Refusal('certificate-unreadable');
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new Refusal('certificate-unreadable');
  }
  const signing = chain[0] as X509Certificate;
  let validFrom = -Infinity;
  let validTo = Infinity;
  /** Narrows the chain's validity to `certificate`'s, and refuses when `now` falls outside it. */
  const valid = (certificate: X509Certificate) => {
    const { from, to } = period(certificate);
    if (!(from <= now && now <= to)) throw new Refusal('certificate-expired');
    validFrom = Math.max(validFrom, from);
    validTo = Math.min(validTo, to);
  };
  valid(signing);
  if (signing.checkHost(SIGNING_CERTIFICATE_NAME, { subject: 'never', wildcards: false, partialWildcards: false }) !== SIGNING_CERTIFICATE_NAME) {
    throw new Refusal('certificate-san');
  }
  for (let i = 0; i < chain.length; i++) {
    const certificate = chain[i] as X509Certificate;
    if (i > 0) {
      if (!certificate.ca) throw new Refusal('certificate-untrusted');
      valid(certificate);
      if (roots.some((root) => root.fingerprint256 === certificate.fingerprint256)) return { certificate: signing, validFrom, validTo };
    }
    const root = roots.find((candidate) => issuedBy(certificate, candidate));
    if (root) {
      valid(root);
      return { certificate: signing, validFrom, validTo };
    }
    const next = chain[i + 1];
    if (!next || !issuedBy(certificate, next)) throw new Refusal('certificate-untrusted');
  }
  throw new Refusal('certificate-untrusted');
}
