import { describe, expect, it } from 'vitest';
import { ROUTINES } from '../../lambda/content/routines';
import { PLACEMENTS, PRESSURE_TOOLS, type Placement, type PressureTool, type Routine, type Step } from '../../lambda/content/types';
import { resources } from '../../lambda/i18n';
import { leaves } from '../support/texts';

/**
 * Where pressure goes (issue 15): every step that presses a ball, roller, hand, fist, thumb, massager
 * or towel into the body names where, on muscle, never on the spine's midline or on a bone; its English
 * text says the same in words that fit the tool; no English text anywhere puts pressure on the spine or
 * a bone; sides go left, then right.
 */

const routines: readonly Routine[] = ROUTINES;
const en = resources.en;
const stepText = (r: Routine, s: Step): string => {
  const text = (en.routines as Record<string, { steps: Record<string, string> }>)[r.id]?.steps[s.key];
  if (text === undefined) throw new Error(`no English text for routines:${r.id}.steps.${s.key}`);
  return text;
};

/** Words that name a bone or the midline. A placement that uses one must say where beside it. */
const BONE_WORDS = /^(spine|spinal|midline|middle|center|centre|sacrum|tailbone|coccyx|pelvis|hip|hips|crest|bone|bones|vertebra|vertebrae|shoulder ?blade|collarbone|kneecap|heel|skull|ribs?)$/i;
const BESIDE_WORDS = /^(beside|above|below|between|next|either|along)$/i;
/** Placements where a broad tool lies across the spine; allowed only for tools that spread the pressure. */
const ACROSS: Partial<Record<Placement, readonly PressureTool[]>> = { acrossUpperBack: ['roller', 'towel'], backOfNeck: ['towel'] };

/** Why a placement is not on muscle, or undefined when it is fine. */
export function placementProblem(pressure: { tool: string; on: string } | undefined): string | undefined {
  if (!pressure) return undefined;
  if (!(PRESSURE_TOOLS as readonly string[]).includes(pressure.tool)) return `unknown tool "${pressure.tool}"`;
  if (!(PLACEMENTS as readonly string[]).includes(pressure.on)) return `unknown placement "${pressure.on}"`;
  const words = pressure.on.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ');
  if (words.some((w) => BONE_WORDS.test(w)) && !BESIDE_WORDS.test(words[0] ?? '')) return `"${pressure.on}" is on the midline or on bone`;
  const across = ACROSS[pressure.on as Placement];
  if (across && !across.includes(pressure.tool as PressureTool)) return `a ${pressure.tool} cannot go "${pressure.on}": only ${across.join(' or ')}`;
  return undefined;
}

/** How the English text must name each place... */
const PLACE_WORDS: Record<Placement, RegExp> = {
  besideSpine: /\b(beside|side of|sides of|either side of|each side of|next to|(left|right) of) (your|their|the) spine\b/i,
  besideSacrum: /\b(each|either) side of (it|the bone|your sacrum)\b/i,
  aboveHipBone: /\babove (the|their|your) hip bones?\b/i,
  besideShoulderBlade: /\b(between|beside|next to) your (left |right )?shoulder blades?\b/i,
  acrossUpperBack: /\b(across your upper back|under your shoulder blades)\b/i,
  shoulderMuscle: /\b(top of your shoulder|your (left |right )?shoulder\b(?! blade))/i,
  sideOfNeck: /\bsides? of your neck\b/i,
  backOfNeck: /\bback of your neck\b/i,
  soleOfFoot: /\b(sole|heel to (your|the) toes)\b/i,
  archOfFoot: /\barch\b/i,
  toes: /\btoes?\b/i,
  muscle: /\bmuscles?\b/i,
};
/** ...and each tool. */
const TOOL_WORDS: Record<PressureTool, RegExp> = {
  ball: /\bball\b/i,
  balls: /\bballs\b/i,
  roller: /\broller\b/i,
  ballOrRoller: /\bball or roller\b/i,
  palms: /\b(palms?|hands)\b/i,
  heelsOfHands: /\bheels of your hands\b/i,
  fingers: /\b(fingers?|fingertips)\b/i,
  thumbs: /\bthumbs?\b/i,
  fists: /\bfists?\b/i,
  massager: /\bmassager('s)?\b/i,
  electricMassager: /\bmassager\b/i,
  towel: /\btowel\b/i,
};

/** A text that presses something into the body: a tool, and a pressing verb (not negated) or the tool put against the body. */
const PRESSING = /\b(press|presses|pressing|roll|rolls|rolling|rub|rubs|squeeze|squeezes|sink|lean|leans|knead|circle|circles|slide|slides|glide|stroke|strokes|push|pull|work|holds? the ball)\b/i;
const TOOL = /\b(ball|balls|roller|massager|towel|scarf|stone|thumbs?|fingers?|fingertips|fists?|palms?|hands?|knuckles)\b/i;
const AGAINST_BODY =
  /\b(ball|balls|roller|massager|towel|scarf|stone|thumbs?|fingers?|fingertips|fists?|palms?|hands?)\b[^.]*\b(under|against|into|onto|over|across|between)\b[^.]*\b(back|spine|neck|shoulders?|shoulder blades?|hips?|muscles?|sole|arch|foot)\b/i;
const NEGATED = /\b(don't|do not|never|without|no)\s+(press|pressing|rub|roll)\w*/gi;
export function pressesIntoBody(text: string): boolean {
  const plain = text.replace(NEGATED, '');
  return TOOL.test(plain) && (PRESSING.test(plain) || AGAINST_BODY.test(plain));
}

/** Phrases that put pressure on the spine or a bone; allowed only in a sentence that says never / not. */
const ON_BONE = [
  /\bon (your|their|the) spine\b/i,
  /\b(along|down|up) (your|their|the) spine\b/i,
  /\bpelvis meets (your|their|the) spine\b/i,
  /\btop of (the|their|your) hips?\b/i,
  /\bon (the|a) bone\b/i,
  /\bon (your|their|the) (sacrum|tailbone|hip bones?|shoulder blades?|vertebrae)\b/i,
  /\b(to|towards|toward) (your|their|the) tailbone\b/i,
  /\bin the middle of (your|their) (lower )?back\b/i,
];
const NEGATION = /\b(never|not|don't|off|without|avoid|keep off)\b|n't\b/i;
export function unsafeWording(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.?!])\s+/)) {
    const hit = ON_BONE.find((re) => re.test(sentence));
    if (hit && !NEGATION.test(sentence)) return `"${sentence}" (${hit.source})`;
  }
  return undefined;
}

/** Every problem with one routine, as readable lines (empty when it is fine). */
export function routineProblems(r: Routine, textOf: (s: Step) => string): string[] {
  const problems: string[] = [];
  for (const step of r.steps) {
    const where = `${r.id}.${step.key}`;
    const text = textOf(step);
    if (pressesIntoBody(text) && !step.pressure) problems.push(`${where}: presses into the body but has no placement: "${text}"`);
    const bad = placementProblem(step.pressure);
    if (bad) problems.push(`${where}: ${bad}`);
    if (step.pressure) {
      if (!PLACE_WORDS[step.pressure.on]?.test(text)) problems.push(`${where}: the text does not say where (${step.pressure.on}): "${text}"`);
      if (!TOOL_WORDS[step.pressure.tool]?.test(text)) problems.push(`${where}: the text does not name the tool (${step.pressure.tool}): "${text}"`);
    }
    const unsafe = unsafeWording(text);
    if (unsafe) problems.push(`${where}: puts pressure on the spine or a bone: ${unsafe}`);
  }
  return problems;
}

/** The first side a routine's English texts name for the body (left or right), if any. */
const SIDE_NAMED = /\b(?:your|the|their) (left|right) (?:shoulder blade|shoulder|side|arm|foot|hip)\b|\bto (?:the|your) (left|right)\b|\b(left|right) of (?:your|their) spine\b/i;
export function firstSide(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const m = SIDE_NAMED.exec(text);
    if (m) return (m[1] ?? m[2] ?? m[3])?.toLowerCase();
  }
  return undefined;
}

describe('placement: every pressure step says where, on muscle', () => {
  for (const r of routines) {
    it(`${r.id}: every pressure step has a placement on muscle, said in words that fit the tool`, () => {
      expect(routineProblems(r, (s) => stepText(r, s))).toEqual([]);
    });
  }

  it('every routine that presses has at least one placed step (the partner massage and all ball and roller routines)', () => {
    for (const r of routines.filter((x) => x.ballOrRoller || x.forPartner)) {
      expect(r.steps.some((s) => s.pressure), r.id).toBe(true);
    }
  });

  it('no English text anywhere puts pressure on the spine or a bone', () => {
    for (const [ns, tree] of Object.entries(en)) {
      for (const [key, text] of leaves(tree)) expect(unsafeWording(text), `${ns}:${key}`).toBeUndefined();
    }
  });

  it('sides go left, then right: in data and in the words', () => {
    for (const r of routines) {
      for (const s of r.steps) if (s.sides) expect(s.sides, `${r.id}.${s.key}`).toEqual(['left', 'right']);
      const routineTexts = (en.routines as Record<string, { intro: string; steps: Record<string, string> }>)[r.id];
      const texts = [routineTexts?.intro ?? '', ...r.steps.map((s) => stepText(r, s))];
      const first = firstSide(texts);
      if (first) expect(first, r.id).toBe('left');
    }
  });
});

describe('the checks catch what the old routines said', () => {
  // Texts and data as they were at ae334fb (reviewed in ../shared/reviews/content-review.md).
  const old: Routine[] = [
    {
      id: 'lowerBackTennisBall', area: 'lowerBack', equipment: ['tennisBall'], ballOrRoller: true,
      steps: [{ key: 'placeBall' }, { key: 'tenderSpot', holdSeconds: 20, sides: ['left', 'right'] }],
    },
    {
      id: 'partnerLowerBack', area: 'lowerBack', equipment: ['partner'], ballOrRoller: false, forPartner: true,
      steps: [{ key: 'fingertips' }],
    },
  ];
  const oldTexts: Record<string, string> = {
    'lowerBackTennisBall.placeBall': 'Lift your hips and slide the ball under your lower back, where your pelvis meets your spine. Then lower yourself onto it, gently.',
    'lowerBackTennisBall.tenderSpot': 'Find a tender spot beside your spine, never on the bone. Rest your weight on it and breathe out.',
    'partnerLowerBack.fingertips': 'Find the base of their spine with your fingertips. Then press along the top of the hips, one side at a time, for up to five minutes.',
  };

  it('a pressure step without a placement, and wording on the spine or bone', () => {
    const problems = old.flatMap((r) => routineProblems(r, (s) => oldTexts[`${r.id}.${s.key}`] ?? ''));
    expect(problems.some((p) => p.startsWith('lowerBackTennisBall.placeBall: presses into the body but has no placement'))).toBe(true);
    expect(problems.some((p) => p.startsWith('lowerBackTennisBall.placeBall: puts pressure on the spine or a bone'))).toBe(true);
    expect(problems.some((p) => p.startsWith('partnerLowerBack.fingertips: presses into the body but has no placement'))).toBe(true);
    expect(problems.some((p) => p.startsWith('partnerLowerBack.fingertips: puts pressure on the spine or a bone'))).toBe(true);
    // "never on the bone" is a warning, not an instruction.
    expect(problems.some((p) => p.startsWith('lowerBackTennisBall.tenderSpot: puts pressure'))).toBe(false);
  });

  it('a placement on the midline or on bone, or a ball across the spine', () => {
    expect(placementProblem({ tool: 'ball', on: 'spine' })).toBeDefined();
    expect(placementProblem({ tool: 'fingers', on: 'topOfHips' })).toBeDefined();
    expect(placementProblem({ tool: 'thumbs', on: 'sacrum' })).toBeDefined();
    expect(placementProblem({ tool: 'ball', on: 'acrossUpperBack' })).toBeDefined();
    expect(placementProblem({ tool: 'roller', on: 'acrossUpperBack' })).toBeUndefined();
    expect(placementProblem({ tool: 'ball', on: 'besideSpine' })).toBeUndefined();
  });

  it('the old hot stone, the old partner long steps and the old side order', () => {
    expect(unsafeWording('Roll it slowly along your back, from your neck down towards your tailbone, and let the warmth soften your muscles.')).toBeDefined();
    expect(firstSide(["Let's work on your upper back. We'll do the right side, then the left.", 'Put the ball between your right shoulder blade and your spine.'])).toBe('right');
  });
});
