import { de } from './de';
import { en } from './en';
import { es } from './es';
import { expand } from './expand';
import { fr } from './fr';
import type { ModelTemplate } from './ModelTemplate';

/** Each locale's templates (the English ones serve every English locale). */
export const MODEL_TEMPLATES: Readonly<Record<string, ModelTemplate>> = {
  'en-US': en, 'en-GB': en, 'en-CA': en, 'en-AU': en, 'en-IN': en,
  'de-DE': de, 'es-ES': es, 'fr-FR': fr,
};

/** Where `npm run models` writes a locale's model. */
export const modelPath = (locale: string) => `skill-package/interactionModels/custom/${locale}.json`;

/** The most samples one locale's model may hold: enough for variety, small enough to build quickly in the console. */
export const MAX_SAMPLES = 25_000;

/**
 * SMAPI refuses a model definition over 1,000,000 characters ("modelDefinition ... length less than or equal
 * to 1000000", ask-cli issue 9); the CLI sends it as compact JSON. Kept 5 % under that.
 */
export const MAX_MODEL_CHARS = 950_000;

/**
 * The interaction model a locale's templates stand for, in the SMAPI shape. Throws when the
 * templates are ambiguous: one sample in two intents, one slot phrase in two values of a type,
 * a slot in a sample that its intent does not declare.
 */
export function buildModel(locale: string): object {
  const template = MODEL_TEMPLATES[locale];
  if (!template) throw new Error(`No model templates for ${locale}`);
  const owner = new Map<string, string>();
  const intents = template.intents.map((intent) => {
    const samples = [...new Set(intent.samples.flatMap(expand))];
    for (const sample of samples) {
      const key = sample.toLowerCase();
      const previous = owner.get(key);
      if (previous !== undefined && previous !== intent.name) throw new Error(`${locale}: "${sample}" is in ${previous} and ${intent.name}`);
      owner.set(key, intent.name);
      for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) {
        if (!intent.slots || !(slot! in intent.slots)) throw new Error(`${locale}: ${intent.name} has no slot {${slot}} ("${sample}")`);
      }
    }
    const slots = Object.entries(intent.slots ?? {}).map(([name, type]) => ({ name, type }));
    return { name: intent.name, slots, samples };
  });
  const total = intents.reduce((sum, intent) => sum + intent.samples.length, 0);
  if (total > MAX_SAMPLES) throw new Error(`${locale}: ${total} samples, more than ${MAX_SAMPLES}`);

  const types = template.types.map((type) => {
    const seen = new Map<string, string>();
    const values = type.values.map((value) => {
      const synonyms = [...new Set((value.synonyms ?? []).flatMap(expand))].filter((s) => s.toLowerCase() !== value.value.toLowerCase());
      for (const phrase of [value.value, ...synonyms]) {
        const key = phrase.toLowerCase();
        const previous = seen.get(key);
        if (previous !== undefined && previous !== value.id) throw new Error(`${locale}: ${type.name} "${phrase}" is in ${previous} and ${value.id}`);
        seen.set(key, value.id);
      }
      return { id: value.id, name: { value: value.value, synonyms } };
    });
    return { name: type.name, values };
  });

  const languageModel: Record<string, unknown> = { invocationName: template.invocationName, intents, types };
  if (template.nameFree && locale.startsWith('en-')) languageModel._nameFreeInteraction = nameFree(template);
  const model = { interactionModel: { languageModel } };
  const size = JSON.stringify(model).length;
  if (size > MAX_MODEL_CHARS) throw new Error(`${locale}: the model is ${size} characters as compact JSON, more than ${MAX_MODEL_CHARS}`);
  return model;
}

/** The `_nameFreeInteraction` container: LAUNCH and INTENT ingress points, complete phrases in RAW_TEXT. */
function nameFree(template: ModelTemplate): object {
  const free = template.nameFree!;
  const sample = (phrase: string) => ({ format: 'RAW_TEXT', value: phrase });
  const ingressPoints = [
    { type: 'LAUNCH', samples: free.launch.flatMap(expand).map(sample) },
    ...Object.entries(free.intents).map(([name, phrases]) => ({ type: 'INTENT', name, samples: phrases.flatMap(expand).map(sample) })),
  ];
  return { ingressPoints };
}

/** The file a locale's model is written as (stable, so a stale model shows as a difference). */
export function modelFile(locale: string): string {
  return `${JSON.stringify(buildModel(locale), null, 2)}\n`;
}
