/** What speech recognition hands over, and the built-in slot values Alexa makes of it (numbers, durations, times). */

/** Lower case, words only: what speech recognition hands over. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Number words Alexa turns into AMAZON.NUMBER values, by language. */
const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, 'twenty five': 25, thirty: 30, forty: 40, 'forty five': 45, fifty: 50, sixty: 60, ninety: 90, 'a hundred': 100,
  },
  de: {
    ein: 1, eine: 1, einer: 1, einen: 1, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
    zwanzig: 20, 'fünfundzwanzig': 25, dreißig: 30, vierzig: 40, 'fünfundvierzig': 45, fünfzig: 50, sechzig: 60, neunzig: 90, hundert: 100,
  },
  es: {
    un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, veinticinco: 25, treinta: 30, cuarenta: 40, 'cuarenta y cinco': 45, cincuenta: 50, sesenta: 60, noventa: 90, cien: 100,
  },
  fr: {
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix sept': 17, 'dix huit': 18, 'dix neuf': 19,
    vingt: 20, 'vingt cinq': 25, trente: 30, quarante: 40, 'quarante cinq': 45, cinquante: 50, soixante: 60, 'quatre vingt dix': 90, cent: 100,
  },
};

/** Duration words by language: units (to ISO 8601 letters) and "half an hour". */
export const DURATION_WORDS: Readonly<Record<string, { readonly units: Readonly<Record<string, 'H' | 'M' | 'S'>>; readonly halfHour: readonly string[] }>> = {
  en: { units: { minute: 'M', minutes: 'M', min: 'M', mins: 'M', hour: 'H', hours: 'H', second: 'S', seconds: 'S' }, halfHour: ['half an hour', 'a half hour', 'half hour'] },
  de: { units: { minute: 'M', minuten: 'M', stunde: 'H', stunden: 'H', sekunde: 'S', sekunden: 'S' }, halfHour: ['eine halbe stunde', 'halbe stunde'] },
  es: { units: { minuto: 'M', minutos: 'M', hora: 'H', horas: 'H', segundo: 'S', segundos: 'S' }, halfHour: ['media hora'] },
  fr: { units: { minute: 'M', minutes: 'M', heure: 'H', heures: 'H', seconde: 'S', secondes: 'S' }, halfHour: ['une demi heure', 'demi heure'] },
};

export function spokenNumber(words: string, language: string): number | undefined {
  if (/^\d+$/.test(words)) return Number(words);
  return (NUMBER_WORDS[language] ?? NUMBER_WORDS.en)?.[words.replace(/-/g, ' ')];
}

/**
 * Times of day as AMAZON.TIME gives them: "19:00" for "7 pm", "seven thirty in the evening", "19 uhr", "las
 * siete de la tarde", "19 heures"; MO, AF, EV, NI for a part of the day. By language: the words for noon and
 * midnight, for the afternoon and evening ("pm"), the morning ("am"), o'clock, and the parts of the day.
 */
export const TIME_WORDS: Readonly<Record<string, { readonly pm: readonly string[]; readonly am: readonly string[]; readonly oclock: readonly string[]; readonly noon: readonly string[]; readonly midnight: readonly string[]; readonly parts: Readonly<Record<string, string>> }>> = {
  en: {
    pm: ['pm', 'p m', 'in the evening', 'in the afternoon', 'at night', 'tonight', 'this evening'],
    am: ['am', 'a m', 'in the morning', 'this morning'],
    oclock: ["o'clock", 'oclock'],
    noon: ['noon', 'midday', 'twelve noon'],
    midnight: ['midnight'],
    parts: { morning: 'MO', 'this morning': 'MO', afternoon: 'AF', 'this afternoon': 'AF', evening: 'EV', 'this evening': 'EV', tonight: 'NI', night: 'NI' },
  },
  de: { pm: ['abends', 'nachmittags', 'am abend', 'am nachmittag'], am: ['morgens', 'vormittags', 'am morgen'], oclock: ['uhr'], noon: ['mittag', 'mittags'], midnight: ['mitternacht'], parts: { morgen: 'MO', nachmittag: 'AF', abend: 'EV', nacht: 'NI' } },
  es: { pm: ['de la tarde', 'de la noche', 'pm'], am: ['de la mañana', 'am'], oclock: ['en punto'], noon: ['mediodía'], midnight: ['medianoche'], parts: { 'la mañana': 'MO', 'la tarde': 'AF', 'la noche': 'NI' } },
  fr: { pm: ['du soir', "de l'après midi"], am: ['du matin'], oclock: ['heures', 'heure', 'h'], noon: ['midi'], midnight: ['minuit'], parts: { matin: 'MO', 'après midi': 'AF', soir: 'EV', nuit: 'NI' } },
};

const pad2 = (n: number) => String(n).padStart(2, '0');

export function spokenTime(words: string, language: string): string | undefined {
  const table = TIME_WORDS[language] ?? TIME_WORDS.en!;
  const part = table.parts[words];
  if (part) return part;
  if (table.noon.includes(words)) return '12:00';
  if (table.midnight.includes(words)) return '00:00';
  let rest = words;
  let period: 'am' | 'pm' | undefined;
  for (const [name, list] of [['pm', table.pm], ['am', table.am]] as const) {
    const found = list.find((w) => rest.endsWith(` ${w}`));
    if (found) {
      period = name;
      rest = rest.slice(0, -found.length - 1);
      break;
    }
  }
  const oclock = table.oclock.find((w) => rest.endsWith(` ${w}`));
  if (oclock) rest = rest.slice(0, -oclock.length - 1);
  // "7", "7 30", "seven thirty", "7 15": an hour and, when said, the minutes.
  const parts = rest.split(' ');
  let hour: number | undefined;
  let minute = 0;
  for (let split = parts.length; split >= 1 && hour === undefined; split--) {
    const h = spokenNumber(parts.slice(0, split).join(' '), language);
    const m = split === parts.length ? 0 : spokenNumber(parts.slice(split).join(' '), language);
    if (h !== undefined && m !== undefined && h <= 24 && m < 60) {
      hour = h;
      minute = m;
    }
  }
  if (hour === undefined || (period !== undefined && (hour < 1 || hour > 12))) return undefined;
  if (period === 'pm' && hour < 12) hour += 12;
  if (period === 'am' && hour === 12) hour = 0;
  return `${pad2(hour % 24)}:${pad2(minute)}`;
}

/** Alexa's built-in slot types the model uses, as Alexa would fill them (AMAZON.NUMBER, AMAZON.DURATION, AMAZON.TIME). */
export function builtInValue(type: string, said: string, language: string): string | undefined {
  const words = normalize(said);
  if (type === 'AMAZON.TIME') return spokenTime(words, language);
  if (type === 'AMAZON.NUMBER') {
    const n = spokenNumber(words, language);
    return n === undefined ? undefined : String(n);
  }
  if (type === 'AMAZON.DURATION') {
    const table = DURATION_WORDS[language] ?? DURATION_WORDS.en!;
    if (table.halfHour.includes(words)) return 'PT30M';
    const match = /^(.+?) (\p{L}+)$/u.exec(words);
    const unit = match ? table.units[match[2] ?? ''] : undefined;
    const n = match ? spokenNumber(match[1] ?? '', language) : undefined;
    if (!unit || n === undefined) return undefined;
    return `PT${n}${unit}`;
  }
  return undefined;
}

/** The longest phrase of the words (of `maxWords` words at most) that `find` knows; the first of equals. */
export function longest<T>(words: readonly string[], find: (phrase: string) => T | undefined, maxWords = words.length): T | undefined {
  for (let length = Math.min(words.length, maxWords); length >= 1; length--) {
    for (let i = 0; i + length <= words.length; i++) {
      const found = find(words.slice(i, i + length).join(' '));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
