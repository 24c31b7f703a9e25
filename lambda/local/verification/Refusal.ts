/**
 * Why a request was refused: a short code that goes into the one log line and the small error answer.
 * It never carries request data (no URL, header, body, id or token).
 */
export type RefusalReason =
  // The signature headers and the certificate URL
  | 'signature-missing'
  | 'signature-malformed'
  | 'signature-invalid'
  | 'certificate-url'
  // The certificate download
  | 'certificate-download'
  | 'certificate-too-large'
  | 'certificate-timeout'
  | 'certificate-busy'
  // The certificate itself
  | 'certificate-unreadable'
  | 'certificate-expired'
  | 'certificate-san'
  | 'certificate-untrusted'
  // The envelope
  | 'timestamp-missing'
  | 'timestamp-invalid'
  | 'timestamp-out-of-range'
  | 'skill-id'
  | 'body-not-json'
  // The HTTP layer
  | 'body-too-large'
  | 'body-unreadable'
  | 'encoding-unsupported'
  | 'not-found';

/** A refusal: the request is answered with `status` and `reason`, and nothing else about it is told. */
export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly status = 400,
  ) {
    super(reason);
    this.name = 'Refusal';
  }
}
