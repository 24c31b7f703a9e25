/**
 * A language's interaction model as compact templates (see expand.ts for the syntax).
 * `npm run models` writes skill-package/interactionModels/custom/<locale>.json from these.
 */
export interface ModelTemplate {
  readonly invocationName: string;
  readonly intents: readonly IntentTemplate[];
  readonly types: readonly SlotTypeTemplate[];
  /** English only: ingress points for name-free interaction (complete phrases, no slots). */
  readonly nameFree?: NameFreeTemplate;
}

export interface IntentTemplate {
  readonly name: string;
  /** Slot name -> slot type. */
  readonly slots?: Readonly<Record<string, string>>;
  /** Sample templates; every expansion is one sample. */
  readonly samples: readonly string[];
}

export interface SlotTypeTemplate {
  readonly name: string;
  /** `id` is what the code reads; `synonyms` are templates too. */
  readonly values: readonly { readonly id: string; readonly value: string; readonly synonyms?: readonly string[] }[];
}

export interface NameFreeTemplate {
  /** Up to five phrases that open the skill without its name. */
  readonly launch: readonly string[];
  /** Intent name -> complete phrases (no slots) that reach it without the skill's name. */
  readonly intents: Readonly<Record<string, readonly string[]>>;
}
