import { request } from 'node:https';
import { Refusal } from './Refusal';

export interface DownloadLimits {
  /** Bytes; a longer answer (announced or streamed) is cut off. */
  readonly maxBytes: number;
  /** Milliseconds for everything: DNS, connecting, TLS, the answer's head and its body. */
  readonly timeoutMs: number;
}

/** Where to connect instead of the URL's host, and which CA to trust for it: the tests' stand-in of S3. */
export interface ConnectTo {
  readonly host: string;
  readonly port: number;
  readonly ca: string | Buffer;
}

/** Fetches a certificate chain; throws a Refusal when it cannot. The verifier takes any function of this shape. */
export type Download = (url: URL, limits: DownloadLimits) => Promise<Buffer>;

/**
 * GET `url` over HTTPS (the system's trusted CAs, no redirects, no connection reuse) within `limits`:
 * 200 only, at most `maxBytes` (a larger Content-Length is refused before any body is read), and one
 * timer over the whole exchange, so a host that accepts the connection and never answers, or answers a
 * byte at a time, is cut off after `timeoutMs`.
 */
export function downloadCertificate(url: URL, limits: DownloadLimits, connectTo?: ConnectTo): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    let settled = false;
    const finish = (error: Refusal | undefined, body?: Buffer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        req.destroy();
        reject(error);
      } else resolve(body ?? Buffer.alloc(0));
    };
    const req = request(
      {
        host: connectTo?.host ?? url.hostname,
        port: connectTo?.port ?? 443,
        servername: url.hostname,
        path: url.pathname,
        method: 'GET',
        headers: { host: url.host, accept: 'application/x-pem-file, */*' },
        agent: false,
        ...(connectTo && { ca: connectTo.ca }),
      },
      (res) => {
        const declared = Number(res.headers['content-length']);
        if (res.statusCode !== 200) return finish(new Refusal('certificate-download'));
        if (declared > limits.maxBytes) return finish(new Refusal('certificate-too-large'));
        const chunks: Buffer[] = [];
        let length = 0;
        res.on('data', (chunk: Buffer) => {
          length += chunk.length;
          if (length > limits.maxBytes) return finish(new Refusal('certificate-too-large'));
          chunks.push(chunk);
        });
        res.on('end', () => finish(undefined, Buffer.concat(chunks, length)));
        res.on('error', () => finish(new Refusal('certificate-download')));
        res.on('aborted', () => finish(new Refusal('certificate-download')));
      },
    );
    const timer = setTimeout(() => finish(new Refusal('certificate-timeout')), limits.timeoutMs);
    req.on('error', () => finish(new Refusal('certificate-download')));
    req.end();
  });
}
