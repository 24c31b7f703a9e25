import type * as Crypto from 'node:crypto';

/** AWS credentials: from the environment on Lambda (the function's role), else the SDK's provider chain. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/** A request to sign: no query string (the DynamoDB API has none); header names in lower case. */
export interface RequestToSign {
  readonly method: string;
  /** The host as sent, with the port when it is not the scheme's own. */
  readonly host: string;
  /** Already URI-encoded, as sent. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface SigningScope {
  readonly region: string;
  readonly service: string;
}

// node:crypto is loaded on the first signature, not with the bundle: a skill without a table never needs it.
let crypto: typeof Crypto | undefined;
const lib = () => (crypto ??= require('node:crypto') as typeof Crypto);
const sha256 = (data: string) => lib().createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: string | Buffer, data: string) => lib().createHmac('sha256', key).update(data, 'utf8').digest();

/** The signing key of one day, region and service: four HMACs, so kept for the day (one entry). */
let keyCache: { readonly id: string; readonly key: Buffer } | undefined;

function signingKey(secret: string, day: string, scope: SigningScope): Buffer {
  const id = `${secret}\n${day}\n${scope.region}\n${scope.service}`;
  if (keyCache?.id !== id) {
    const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), scope.region), scope.service), 'aws4_request');
    keyCache = { id, key };
  }
  return keyCache.key;
}

/** `20150830T123600Z`, as SigV4 wants its dates. */
export function amzDate(now: Date): string {
  return now.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/**
 * AWS Signature Version 4 (docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html):
 * the headers to send with the request, its own plus `host`, `x-amz-date`, `x-amz-security-token`
 * (temporary credentials, signed too) and `authorization`. Every header given is signed.
 */
export function signV4(request: RequestToSign, credentials: AwsCredentials, scope: SigningScope, now: Date): Record<string, string> {
  const date = amzDate(now);
  const day = date.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, host: request.host, 'x-amz-date': date };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(';');
  const canonicalHeaders = names.map((name) => `${name}:${String(headers[name]).trim().replace(/\s+/g, ' ')}\n`).join('');
  const payloadHash = headers['x-amz-content-sha256'] ?? sha256(request.body);
  const canonicalRequest = [request.method, request.path, '', canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const credentialScope = `${day}/${scope.region}/${scope.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, credentialScope, sha256(canonicalRequest)].join('\n');
  const signature = lib().createHmac('sha256', signingKey(credentials.secretAccessKey, day, scope)).update(stringToSign, 'utf8').digest('hex');
  headers.authorization = `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  return headers;
}
