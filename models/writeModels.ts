// `npm run models`: writes every locale's interaction model from the templates in models/.
import { writeFileSync } from 'node:fs';
import { MODEL_TEMPLATES, modelFile, modelPath } from './buildModel';

for (const locale of Object.keys(MODEL_TEMPLATES)) {
  const text = modelFile(locale);
  writeFileSync(modelPath(locale), text);
  const model = JSON.parse(text) as { interactionModel: { languageModel: { intents: { samples: string[] }[] } } };
  const samples = model.interactionModel.languageModel.intents.reduce((n, i) => n + i.samples.length, 0);
  console.log(`${modelPath(locale)}: ${samples} samples, ${(text.length / 1024).toFixed(0)} KB`);
}
