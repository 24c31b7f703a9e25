import { normalize, type InteractionModel } from './nlu';

/** How people open a skill and ask it something in one go, by language ({name} is the invocation name). */
const INVOCATION: Readonly<Record<string, { launch: string; oneShot: string; after: string; close: string; stop: string }>> = {
  en: {
    launch: "(?:(?:can you |could you |please |i want to |i'd like to |let's |lets )?(?:open up|open|launch|start|begin|talk to|speak to|load|run|use|enable|hey|hi|hiya|hello))? ?(?:the |my )?{name}(?: skill| app)?(?: please| now)?",
    oneShot: '(?:ask|tell|open|launch|use|have) {name} (?:to |for |about |and |if |whether )?(.+)',
    after: '(.+?) (?:with|using|from|on) {name}',
    close: '(?:exit|close|quit|stop|end|leave) (?:the )?{name}(?: skill)?',
    stop: 'stop',
  },
  de: { launch: '(?:öffne|starte|aktiviere)? ?{name}', oneShot: '(?:frag|frage|sag|sage|öffne|starte|bitte) {name} (?:nach |ob |dass |zu |und |um )?(.+)', after: '(.+?) (?:mit|bei|von) {name}', close: '(?:beende|schließe|verlasse|stopp) {name}', stop: 'stopp' },
  es: { launch: '(?:abre|inicia|empieza)? ?{name}', oneShot: '(?:pide a|pídele a|dile a|pregunta a|pregúntale a|abre|inicia) {name} (?:que |por |para |y )?(.+)', after: '(.+?) (?:con|en) {name}', close: '(?:cierra|sal de|termina|para) {name}', stop: 'para' },
  fr: { launch: '(?:ouvre|lance|démarre)? ?{name}', oneShot: '(?:demande à|dis à|ouvre|lance) {name} (?:de |d |pour |si |et )?(.+)', after: '(.+?) (?:avec|sur) {name}', close: '(?:ferme|quitte|arrête|termine) {name}', stop: 'stop' },
};

export type Turn = { readonly kind: 'launch' } | { readonly kind: 'utterance'; readonly text: string; readonly oneShot: boolean };

/** Reads lines as Alexa hears them: opening the skill, a one-shot with the skill's name, or a plain utterance. */
export class Invocation {
  private readonly launch: RegExp;
  private readonly oneShot: RegExp;
  private readonly after: RegExp;
  private readonly close: RegExp;
  private readonly stopWord: string;

  constructor(model: InteractionModel, language: string) {
    const name = normalize(model.interactionModel.languageModel.invocationName);
    const forms = INVOCATION[language] ?? INVOCATION.en!;
    const build = (pattern: string) => new RegExp(`^(?:alexa )?${pattern.replace('{name}', name)}$`, 'u');
    this.launch = build(forms.launch);
    this.oneShot = build(forms.oneShot);
    this.after = build(forms.after);
    this.close = build(forms.close);
    this.stopWord = forms.stop;
  }

  interpret(line: string): Turn {
    const text = normalize(line.replace(/^alexa[, ]+/i, ''));
    if (this.launch.test(text)) return { kind: 'launch' };
    // "Exit massage coach": Alexa ends the session itself; the chat says it as "stop".
    if (this.close.test(text)) return { kind: 'utterance', text: this.stopWord, oneShot: false };
    const oneShot = this.oneShot.exec(text)?.[1] ?? this.after.exec(text)?.[1];
    if (oneShot !== undefined) return { kind: 'utterance', text: oneShot, oneShot: true };
    return { kind: 'utterance', text, oneShot: false };
  }
}

