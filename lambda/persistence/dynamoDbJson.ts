import type { AttributeValue } from './DynamoDbClient';

/**
 * Plain JSON values to and from DynamoDB's typed values, as the AWS SDK's document client does with
 * `removeUndefinedValues`: strings, finite numbers, booleans, null, arrays (L) and objects (M);
 * undefined members are left out. Anything else (a function, a bigint, NaN) cannot be stored: it throws.
 */
export function toAttributeValue(value: unknown): AttributeValue {
  switch (typeof value) {
    case 'string':
      return { S: value };
    case 'boolean':
      return { BOOL: value };
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('a number that DynamoDB cannot store');
      return { N: String(value) };
    case 'object': {
      if (value === null) return { NULL: true };
      if (Array.isArray(value)) return { L: value.filter((member) => member !== undefined).map(toAttributeValue) };
      return { M: toItem(value as Record<string, unknown>) };
    }
    default:
      throw new TypeError(`a ${typeof value} cannot be stored`);
  }
}

export function toItem(value: Readonly<Record<string, unknown>>): Record<string, AttributeValue> {
  const item: Record<string, AttributeValue> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) Object.defineProperty(item, key, { value: toAttributeValue(member), enumerable: true, writable: true, configurable: true });
  }
  return item;
}

/**
 * DynamoDB's typed value as plain JSON. Sets (SS, NS, BS) come back as arrays, binary as its base64
 * text: an item written by something else can still be read and set aside. A value of no known
 * type gives undefined. Keys such as `__proto__` stay plain keys.
 */
export function fromAttributeValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const typed = value as Record<string, unknown>;
  if (typeof typed.S === 'string') return typed.S;
  if (typeof typed.N === 'string') return Number(typed.N);
  if (typeof typed.BOOL === 'boolean') return typed.BOOL;
  if (typed.NULL === true) return null;
  if (Array.isArray(typed.L)) return typed.L.map(fromAttributeValue);
  if (typeof typed.M === 'object' && typed.M !== null) return fromItem(typed.M as Record<string, unknown>);
  if (Array.isArray(typed.SS)) return typed.SS.filter((s) => typeof s === 'string');
  if (Array.isArray(typed.NS)) return typed.NS.map(Number);
  if (typeof typed.B === 'string') return typed.B;
  if (Array.isArray(typed.BS)) return typed.BS.filter((s) => typeof s === 'string');
  return undefined;
}

export function fromItem(item: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).map(([key, member]) => [key, fromAttributeValue(member)]));
}
