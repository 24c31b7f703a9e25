/** One line of an annotation set: what a user says, and the intent and slots it must reach. */
export interface Annotation {
  readonly utterance: string;
  readonly intent: string;
  /** Slot name -> the value's id (custom types) or Alexa's value (AMAZON.NUMBER "3", AMAZON.DURATION "PT20M"). */
  readonly slots: Readonly<Record<string, string>>;
}

/**
 * Reads an annotation set: one utterance a line, tab-separated `utterance<TAB>intent<TAB>slot=value slot=value`;
 * blank lines and lines starting with # are skipped.
 */
export function readAnnotations(text: string): Annotation[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [utterance = '', intent = '', slots = ''] = line.split('\t');
      const pairs = slots.trim() === '' ? [] : slots.trim().split(/\s+/).map((pair) => pair.split('=') as [string, string]);
      return { utterance: utterance.trim(), intent: intent.trim(), slots: Object.fromEntries(pairs) };
    });
}
