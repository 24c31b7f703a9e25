import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InteractionModel } from '../../lambda/local/nlu';
import { Invocation } from '../../lambda/local/invocation';

const model = JSON.parse(readFileSync('skill-package/interactionModels/custom/en-US.json', 'utf8')) as InteractionModel;
const invocation = new Invocation(model, 'en');

describe('how people open the skill in the chat (Alexa handles these launch phrases itself)', () => {
  it.each(['massage coach', 'open massage coach', 'hey massage coach', 'hiya massage coach', 'hello massage coach', 'open up massage coach', 'Alexa, open Massage Coach please', 'launch the massage coach skill', 'can you open massage coach', 'talk to massage coach', "let's start massage coach"])('"%s" opens it', (line) => {
    expect(invocation.interpret(line)).toEqual({ kind: 'launch' });
  });

  it.each([
    ['ask massage coach for help', 'help'],
    ['tell massage coach I have a fever', 'i have a fever'],
    ['open massage coach and start my neck routine', 'start my neck routine'],
    ['start lower back massage with massage coach', 'start lower back massage'],
  ])('"%s" is a one-shot: "%s"', (line, text) => {
    expect(invocation.interpret(line)).toEqual({ kind: 'utterance', text, oneShot: true });
  });

  it.each(['exit massage coach', 'close massage coach', 'quit the massage coach skill'])('"%s" ends it, as "stop" does', (line) => {
    expect(invocation.interpret(line)).toEqual({ kind: 'utterance', text: 'stop', oneShot: false });
  });

  it('a line without the name is said inside the session', () => {
    expect(invocation.interpret('open the next step')).toEqual({ kind: 'utterance', text: 'open the next step', oneShot: false });
  });
});
