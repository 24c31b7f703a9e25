import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { v1 } from 'ask-smapi-model';
import manifest from '../../skill-package/skill.json';
import deDE from '../../skill-package/interactionModels/custom/de-DE.json';
import enAU from '../../skill-package/interactionModels/custom/en-AU.json';
import enCA from '../../skill-package/interactionModels/custom/en-CA.json';
import enGB from '../../skill-package/interactionModels/custom/en-GB.json';
import enIN from '../../skill-package/interactionModels/custom/en-IN.json';
import enUS from '../../skill-package/interactionModels/custom/en-US.json';
import esES from '../../skill-package/interactionModels/custom/es-ES.json';
import frFR from '../../skill-package/interactionModels/custom/fr-FR.json';

/**
 * Type checks (run by `tsc` in `npm test`): skill.json and every interaction model against
 * ask-smapi-model's types, so that a misspelt or misplaced field fails the build.
 */
export const models: readonly v1.skill.interactionModel.InteractionModelData[] = [enUS, enGB, enCA, enAU, enIN, deDE, esES, frFR];
/** JSON imports type enum fields as string: check names and nesting with enums widened (values in deploy tests). */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;

/** Every key of every member of a union (keyof a union gives only the keys all members share). */
type AnyKey<T> = T extends unknown ? keyof T : never;
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/**
 * `Actual` with every key that `Shape` does not have turned into `never`, at any depth. TypeScript does
 * not check imported JSON for extra fields (only fresh object literals), so `manifestVersion` beside
 * `manifest` instead of inside it passed; assigning the JSON to `Exact<...>` refuses it.
 */
type Exact<Shape, Actual> = Actual extends readonly (infer Item)[]
  ? Exact<NonNullable<Shape extends readonly (infer S)[] ? S : never>, Item>[]
  : Actual extends object
    ? { [K in keyof Actual]: K extends AnyKey<NonNullable<Shape>> ? Exact<NonNullable<ValueAt<NonNullable<Shape>, K>>, Actual[K]> : never }
    : Actual;

type ManifestShape = Widen<v1.skill.Manifest.SkillManifestEnvelope>;
export const skillManifest: ManifestShape & Exact<ManifestShape, typeof manifest> = manifest;

// The check can fail: a field Amazon's model does not have, at the top or deep inside, is refused.
const misplaced = { ...manifest, manifestVersion: '1.0' };
// @ts-expect-error manifestVersion belongs inside `manifest`
export const refusedTop: Exact<ManifestShape, typeof misplaced> = misplaced;
const misspelt = { manifest: { ...manifest.manifest, apis: { custom: { ...manifest.manifest.apis.custom, endpoints: { uri: 'arn:aws:lambda:x' } } } } };
// @ts-expect-error `endpoints` is not a field of apis.custom
export const refusedDeep: Exact<ManifestShape, typeof misspelt> = misspelt;

/** A Swagger 2.0 schema, as ask-smapi-model's spec.json (Amazon's SMAPI model) writes them. */
interface Schema {
  readonly $ref?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly allOf?: readonly Schema[];
  readonly enum?: readonly unknown[];
  readonly discriminator?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minProperties?: number;
  readonly maxProperties?: number;
}

/** The keywords `validateSmapi` understands; any other keyword in the schemas it meets is an error, never skipped. */
const KNOWN = new Set([
  '$ref', 'type', 'properties', 'additionalProperties', 'required', 'items', 'allOf', 'enum', 'discriminator', 'minLength', 'maxLength',
  'pattern', 'format', 'minItems', 'maxItems', 'minimum', 'maximum', 'minProperties', 'maxProperties', 'description',
  'x-isEnum', 'x-isDiscriminator', 'x-discriminator-value',
]);

const definitions = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('ask-smapi-model/spec.json'), 'utf8')) as { definitions: Record<string, Schema & { 'x-discriminator-value'?: string }> }).definitions;

function definition(ref: string): Schema {
  const name = ref.replace('#/definitions/', '');
  const found = definitions[name];
  if (!found) throw new Error(`unknown definition ${ref}`);
  return found;
}

/** A schema with its $ref and allOf resolved into one object schema. */
function flatten(schema: Schema): Schema {
  const resolved = schema.$ref ? { ...definition(schema.$ref), ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$ref')) } : schema;
  if (!resolved.allOf) return resolved;
  const parts = resolved.allOf.map(flatten);
  return {
    ...Object.fromEntries(Object.entries(resolved).filter(([k]) => k !== 'allOf')),
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), resolved.properties ?? {}),
    required: [...parts.flatMap((p) => p.required ?? []), ...(resolved.required ?? [])],
  };
}

/**
 * For a discriminated base (Swagger `discriminator`), the subtype named by the value's discriminator field;
 * a kind with no fields of its own (CAN_FULFILL_INTENT_REQUEST) has no subtype, only a place in the base's
 * `<Base>Type` enum, and is checked against the base.
 */
function subtype(base: string, value: Record<string, unknown>, field: string): Schema | string {
  const named = value[field];
  const match = Object.entries(definitions).find(([, d]) => d['x-discriminator-value'] === named && d.allOf?.some((part) => part.$ref === `#/definitions/${base}`));
  if (match) return flatten({ $ref: `#/definitions/${match[0]}` });
  if (definitions[`${base}Type`]?.enum?.includes(named)) return { ...flatten({ $ref: `#/definitions/${base}` }), discriminator: undefined };
  return `${field} "${String(named)}" is none of ${base}'s kinds`;
}

/**
 * Checks `value` against a definition of Amazon's SMAPI model (ask-smapi-model/spec.json), strictly:
 * every keyword the schemas use, and no field the model does not name. Returns the problems, with paths.
 */
export function validateSmapi(value: unknown, ref: string): string[] {
  const problems: string[] = [];
  const check = (val: unknown, raw: Schema, path: string): void => {
    for (const keyword of Object.keys(raw)) if (!KNOWN.has(keyword)) throw new Error(`${path}: schema keyword ${keyword} is not understood`);
    let schema = flatten(raw);
    for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`${path}: schema keyword ${keyword} is not understood`);
    if (schema.discriminator && raw.$ref && typeof val === 'object' && val !== null) {
      const specific = subtype(raw.$ref.replace('#/definitions/', ''), val as Record<string, unknown>, schema.discriminator);
      if (typeof specific === 'string') {
        problems.push(`${path}: ${specific}`);
        return;
      }
      schema = specific;
    }
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    if (schema.enum && !schema.enum.includes(val)) problems.push(`${path}: ${JSON.stringify(val)} is not one of ${schema.enum.join(', ')}`);
    if (type === 'object') {
      if (typeof val !== 'object' || val === null || Array.isArray(val)) return void problems.push(`${path}: not an object`);
      const record = val as Record<string, unknown>;
      const keys = Object.keys(record);
      for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}: ${name} is required`);
      if (schema.minProperties !== undefined && keys.length < schema.minProperties) problems.push(`${path}: fewer than ${schema.minProperties} fields`);
      if (schema.maxProperties !== undefined && keys.length > schema.maxProperties) problems.push(`${path}: more than ${schema.maxProperties} fields`);
      for (const key of keys) {
        const property = schema.properties?.[key];
        if (property) check(record[key], property, `${path}.${key}`);
        else if (typeof schema.additionalProperties === 'object') check(record[key], schema.additionalProperties, `${path}.${key}`);
        else if (schema.additionalProperties !== true) problems.push(`${path}.${key}: not a field of ${raw.$ref?.replace('#/definitions/', '') ?? 'this object'}`);
      }
    } else if (type === 'array') {
      if (!Array.isArray(val)) return void problems.push(`${path}: not an array`);
      if (schema.minItems !== undefined && val.length < schema.minItems) problems.push(`${path}: fewer than ${schema.minItems} items`);
      if (schema.maxItems !== undefined && val.length > schema.maxItems) problems.push(`${path}: more than ${schema.maxItems} items`);
      val.forEach((item, i) => schema.items && check(item, schema.items, `${path}[${i}]`));
    } else if (type === 'string') {
      if (typeof val !== 'string') return void problems.push(`${path}: not a string`);
      if (schema.minLength !== undefined && val.length < schema.minLength) problems.push(`${path}: shorter than ${schema.minLength}`);
      if (schema.maxLength !== undefined && val.length > schema.maxLength) problems.push(`${path}: longer than ${schema.maxLength}`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(val)) problems.push(`${path}: does not match ${schema.pattern}`);
      if (schema.format === 'uri' && !URL.canParse(val)) problems.push(`${path}: not a URI`);
    } else if (type === 'integer' || type === 'number') {
      if (typeof val !== 'number' || (type === 'integer' && !Number.isInteger(val))) return void problems.push(`${path}: not an ${type}`);
      if (schema.minimum !== undefined && val < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
      if (schema.maximum !== undefined && val > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
    } else if (type === 'boolean') {
      if (typeof val !== 'boolean') problems.push(`${path}: not a boolean`);
    } else if (type !== undefined) {
      throw new Error(`${path}: schema type ${type} is not understood`);
    }
  };
  check(value, { $ref: `#/definitions/${ref}` }, '$');
  return problems;
}
