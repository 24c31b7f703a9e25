
/**
 * Versioned records through ask-sdk's PersistenceAdapter, whose calls carry attributes only.
 * A versioned store hands up the version it read under the symbol VERSION, and a save says under
 * WRITE which version it writes over: the store writes only if the record is still at that version,
 * else it throws VersionConflict. Symbols are never stored nor put in JSON, so a store without
 * versions (ask-sdk's own, the tests' in-memory one) simply ignores both and works as before.
 */
export const VERSION: unique symbol = Symbol('massageCoach.version');
export const WRITE: unique symbol = Symbol('massageCoach.write');

/** What a save asks: over which version; then `next` is the new version, or the record is removed. */
export type WriteCondition = { readonly over: string; readonly next: string } | { readonly over: string; readonly remove: true };

export interface VersionedAttributes {
  [key: string]: unknown;
  /** The version read: '' when there is no record, or one written before records had versions. */
  [VERSION]?: string;
  [WRITE]?: WriteCondition;
}

/** The record changed since it was read: read it again, merge, and write over the new version. */
export class VersionConflict extends Error {
  constructor() {
    super('the record changed since it was read');
    this.name = 'VersionConflict';
  }
}

/**
 * A new version: random, so that a save can tell its own write from another one that made the same step.
 * node:crypto is loaded on the first save, not with the bundle: 1.9 ms of every cold start (npm run bench).
 */
export function newVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return randomBytes(9).toString('base64url');
}

/** The attributes without the symbols (what is stored). */
export function storedPart(attributes: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes));
}
