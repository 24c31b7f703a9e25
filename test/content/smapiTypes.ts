import type { v1 } from 'ask-smapi-model';
import manifest from '../../skill-package/skill.json';
import deDE from '../../skill-package/interactionModels/custom/de-DE.json';
import enAU from '../../skill-package/interactionModels/custom/en-AU.json';
import enCA from '../../skill-package/interactionModels/custom/en-CA.json';
import enGB from '../../skill-package/interactionModels/custom/en-GB.json';
import enIN from '../../skill-package/interactionModels/custom/en-IN.json';
import enUS from '../../skill-package/interactionModels/custom/en-US.json';
import esES from '../../skill-package/interactionModels/custom/es-ES.json';
import frFR from '../../skill-package/interactionModels/custom/fr-FR.json';

/**
 * Type checks (run by `tsc` in `npm test`): skill.json and every interaction model against
 * ask-smapi-model's types, so that a misspelt or misplaced field fails the build.
 */
export const models: readonly v1.skill.interactionModel.InteractionModelData[] = [enUS, enGB, enCA, enAU, enIN, deDE, esES, frFR];
/** JSON imports type enum fields as string: check names and nesting with enums widened (values in deploy tests). */
type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? Widen<U>[] : T extends object ? { [K in keyof T]: Widen<T[K]> } : T;
export const skillManifest: Widen<v1.skill.Manifest.SkillManifestEnvelope> = manifest;
