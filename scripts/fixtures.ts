// Writes the request envelopes in test/fixtures (run: node scripts/build.mjs fixtures).
import { writeFileSync } from 'node:fs';
import { buildEnvelope, type RequestInput } from '../lambda/local/envelope';

const at = new Date('2026-01-01T09:00:00Z');
const fixtures: Record<string, RequestInput> = {
  launch: { type: 'LaunchRequest' },
  'start-lower-back': {
    type: 'IntentRequest',
    intent: 'StartRoutineIntent',
    slots: { area: { value: 'lower back', id: 'lowerBack' }, equipment: { value: 'tennis ball', id: 'tennisBall' } },
  },
};
for (const [name, input] of Object.entries(fixtures)) {
  const envelope = buildEnvelope(input, { sessionId: `amzn1.echo-api.session.${name}`, isNew: true, attributes: {} }, undefined, at);
  envelope.request.requestId = `amzn1.echo-api.request.${name}`;
  writeFileSync(`test/fixtures/${name}.json`, `${JSON.stringify(envelope, null, 2)}\n`);
}
