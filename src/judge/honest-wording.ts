import type { Verdict } from '../types/report.js';
import type { Classification } from '../classify/classify.js';
import { lookupLicence } from '../knowledge/licences/catalogue.js';

/**
 * Wording a project can use instead of an unsupported claim, built from the layers: what
 * the model is, under which terms, and what is not published.
 */
export function honestWording(verdict: Verdict, c: Classification): string {
  const { layers, models } = c;
  const codeLicence = layers.code.status === 'open' ? layers.code.licences[0] : undefined;
  const codePart = codeLicence ? `; the application code is ${codeLicence}-licensed` : '';
  const apiModel = models.find((m) => m.viaClosedApi);
  const provider = apiModel?.viaClosedApi ?? c.closedApis[0];
  if (provider) {
    const model = apiModel ? ` (${apiModel.name})` : '';
    return `an AI application built on the ${provider} API${model}, a closed model${codePart}`;
  }
  if (verdict === 'closed' && layers.code.status === 'closed') {
    return 'source-available code with no licence (all rights reserved); not open source';
  }
  const modelName = models.find((m) => m.entry)?.entry?.name ?? models[0]?.name;
  const weightsLicence = layers.weights.licences[0];
  const weightsName = weightsLicence ? lookupLicence(weightsLicence).name : undefined;
  const dataPart = layers.data.status === 'open' ? '' : '; training data not published';
  if (layers.weights.status === 'restricted' && weightsName) {
    const subject = modelName ? `built on the open-weight ${modelName} model` : 'an open-weight model';
    return `${subject} under the ${weightsName}${dataPart}`;
  }
  if (layers.weights.status === 'open' && weightsName) {
    return `an open-weight model under ${weightsName}${dataPart}`;
  }
  return 'describe which parts are open and under which licences, without "open source AI"';
}
