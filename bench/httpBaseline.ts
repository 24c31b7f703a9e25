import { getRequestType, SkillBuilders, type HandlerInput } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import express from 'express';

/**
 * The HTTP server's reference: the hello world (bench/baseline.ts) behind ask-sdk-express-adapter,
 * as its documentation shows, with the adapter's signature and timestamp checks off (the bench runs
 * the skill's server with `--no-verify`: both answer without verification work). Prints its URL as
 * `npm run serve` does: `node httpBaseline.js --port N`.
 */
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => getRequestType(input.requestEnvelope) === 'LaunchRequest' || getRequestType(input.requestEnvelope) === 'IntentRequest',
    handle: (input: HandlerInput) => input.responseBuilder.speak('Hello world.').reprompt('Say hello again?').getResponse(),
  })
  .addErrorHandlers({ canHandle: () => true, handle: (input: HandlerInput) => input.responseBuilder.speak('Sorry.').getResponse() })
  .create();

const app = express();
app.post('/', ...new ExpressAdapter(skill, false, false).getRequestHandlers());
const portAt = process.argv.indexOf('--port');
const server = app.listen(portAt > 0 ? Number(process.argv[portAt + 1]) : 0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(JSON.stringify({ event: 'listening', url: `http://127.0.0.1:${port}` }));
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
