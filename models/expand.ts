/**
 * Expands a sample template into the phrases it stands for.
 *
 *   (a|b|c)   one of the alternatives; an empty alternative makes the group optional: (please|)
 *   [a b]     optional words, the same as (a b|)
 *   {slot}    a slot, kept as it is
 *
 * Groups nest. White space is folded, so optional words leave no double spaces.
 * `expand('(start|begin) [a] {area} massage')` gives four phrases.
 */
export function expand(template: string): string[] {
  const [alternatives, end] = parseSequence(template, 0, '');
  if (end !== template.length) throw new Error(`Unbalanced template: "${template}"`);
  return [...new Set(alternatives.map((phrase) => phrase.replace(/\s+/g, ' ').trim()).filter((p) => p !== ''))];
}

/** Parses from `at` until `close` (or the end); returns the expansions of every alternative and where it stopped. */
function parseSequence(text: string, at: number, close: string): [string[], number] {
  const alternatives: string[] = [];
  let current: string[] = [''];
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (c === close) break;
    if (c === '|' && close !== '') {
      alternatives.push(...current);
      current = [''];
      i++;
    } else if (c === '(' || c === '[') {
      const [inner, stop] = parseSequence(text, i + 1, c === '(' ? ')' : ']');
      if (text[stop] !== (c === '(' ? ')' : ']')) throw new Error(`Unbalanced template: "${text}"`);
      const options = c === '[' ? [...inner, ''] : inner;
      current = current.flatMap((head) => options.map((option) => `${head} ${option} `));
      i = stop + 1;
    } else if (c === ')' || c === ']' || (c === '|' && close === '')) {
      throw new Error(`Unbalanced template: "${text}"`);
    } else {
      let j = i;
      while (j < text.length && !'()[]|'.includes(text[j] ?? '')) j++;
      const literal = text.slice(i, j);
      current = current.map((head) => head + literal);
      i = j;
    }
  }
  alternatives.push(...current);
  return [alternatives, i];
}
