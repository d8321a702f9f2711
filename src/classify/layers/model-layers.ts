import type { Contribution } from '../contribution.js';
import type { UsedModel } from '../model-facts.js';
import type { ModelEntry } from '../../knowledge/model-entry.js';
import { describeLicence, licenceStatus, lookupExpression } from '../../knowledge/licences/catalogue.js';
import { findDatasetById } from '../../knowledge/lookup-dataset.js';

// What a referenced model says about the architecture, data and weights layers, from the
// knowledge base. A model reached only through a closed API is closed on all three.

export interface ModelLayerContributions {
  architecture: Contribution;
  data: Contribution;
  weights: Contribution;
}

function label(model: UsedModel): string {
  return model.entry ? `${model.name} (${model.entry.name})` : model.name;
}

function closedApi(model: UsedModel, provider: string): ModelLayerContributions {
  const subject = model.name;
  const base = { licences: [], subject, evidence: model.locations.slice(0, 5) };
  const via = `reached only through the ${provider} API`;
  return {
    architecture: {
      ...base,
      status: 'closed',
      reason: `${subject}: ${via}; its architecture is not published`,
    },
    data: { ...base, status: 'closed', reason: `${subject}: ${via}; its training data is not published` },
    weights: { ...base, status: 'closed', reason: `${subject}: ${via}; its weights are not released` },
  };
}

function unknownModel(model: UsedModel): ModelLayerContributions {
  const base = {
    status: 'unknown' as const,
    licences: [],
    subject: model.name,
    evidence: model.locations.slice(0, 5),
  };
  const why = `${model.name} is not in the knowledge base`;
  return {
    architecture: { ...base, reason: `${why}: architecture cannot be confirmed` },
    data: { ...base, reason: `${why}: training data cannot be confirmed` },
    weights: { ...base, reason: `${why}: weights licence cannot be confirmed` },
  };
}

function dataContribution(
  entry: ModelEntry,
  subject: string,
  evidence: UsedModel['locations'],
): Contribution {
  switch (entry.trainingData) {
    case 'open': {
      const names = (entry.datasets ?? []).map((id) => findDatasetById(id)?.name ?? id);
      const list = names.length ? `: ${names.join(', ')}` : '';
      return {
        status: 'open',
        licences: [],
        subject,
        evidence,
        reason: `${entry.name} training data published with open licences${list}`,
      };
    }
    case 'partial':
      return {
        status: 'closed',
        licences: [],
        subject,
        evidence,
        reason: `${entry.name} training data only partly published`,
      };
    case 'described':
      return {
        status: 'closed',
        licences: [],
        subject,
        evidence,
        reason: `${entry.name} training data described but not published`,
      };
    case 'undisclosed':
      return {
        status: 'closed',
        licences: [],
        subject,
        evidence,
        reason: `${entry.name} training data not disclosed`,
      };
  }
}

export function modelContributions(model: UsedModel): ModelLayerContributions {
  if (model.viaClosedApi && (!model.entry || model.entry.weights === 'api-only'))
    return closedApi(model, model.viaClosedApi);
  const entry = model.entry;
  if (!entry) return unknownModel(model);
  const subject = label(model);
  const evidence = model.locations.slice(0, 5);

  let architecture: Contribution;
  if (entry.architecture === 'code') {
    const code = entry.codeLicence ? lookupExpression(entry.codeLicence) : null;
    architecture = code
      ? {
          status: licenceStatus(code.category, 'code'),
          licences: code.ids,
          subject,
          evidence,
          reason: `${entry.name} modelling code under ${describeLicence(code)}`,
        }
      : {
          status: 'unknown',
          licences: [],
          subject,
          evidence,
          reason: `${entry.name} modelling code published without a clear licence`,
        };
  } else {
    const how = entry.architecture === 'paper-only' ? 'described only in a paper' : 'not published';
    architecture = {
      status: 'closed',
      licences: [],
      subject,
      evidence,
      reason: `${entry.name} architecture ${how}`,
    };
  }

  let weights: Contribution;
  if (entry.weights === 'api-only' || entry.weightsLicence === null) {
    weights = {
      status: 'closed',
      licences: [],
      subject,
      evidence,
      reason: `${entry.name} weights are not released (API only)`,
    };
  } else {
    const licence = lookupExpression(entry.weightsLicence);
    const gated = entry.weights === 'gated' ? ', gated download' : '';
    weights = {
      status: licenceStatus(licence.category, 'weights'),
      licences: licence.ids,
      subject,
      evidence,
      reason: `${entry.name} weights under ${describeLicence(licence)}${gated}`,
    };
  }
  return { architecture, data: dataContribution(entry, subject, evidence), weights };
}
