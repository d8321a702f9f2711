import type { Location, ProjectEvidence } from '../../types/evidence.js';
import type { LayerName } from '../../types/report.js';
import type { Contribution } from '../contribution.js';
import type { UsedModel } from '../model-facts.js';
import { describeLicence, licenceStatus, lookupExpression } from '../../knowledge/licences/catalogue.js';

// The project's own models that the knowledge base does not know (a release whose weights
// live on the Hub under its own organisation). What the repository itself holds speaks for
// them: its modelling code for the architecture, its weights licence or cards for the
// weights, the datasets it names for the data. Where it holds nothing of a layer:
// - weights: the licence the README states for the models, else unknown (the repository's
//   code licence is not taken to cover weights published elsewhere);
// - architecture: the weights' terms, as released weights come with the config that defines
//   their structure; unknown when the weights' terms are unknown too;
// - data: closed, as a release that names none of its training data has not published it.

const MAX_NAMED = 3;

function namesOf(models: readonly UsedModel[]): string {
  const shown = models.slice(0, MAX_NAMED).map((m) => m.name);
  return shown.join(', ') + (models.length > MAX_NAMED ? ` and ${models.length - MAX_NAMED} more` : '');
}

export function ownModelContributions(
  models: readonly UsedModel[],
  repository: Record<LayerName, readonly Contribution[]>,
  statement: ProjectEvidence | undefined,
): Partial<Record<LayerName, Contribution>> {
  if (models.length === 0) return {};
  const subject = namesOf(models);
  const evidence: Location[] = models.flatMap((m) => m.locations.slice(0, 1)).slice(0, 5);
  const out: Partial<Record<LayerName, Contribution>> = {};
  const say = (
    status: Contribution['status'],
    licences: string[],
    reason: string,
    at: Location[] = evidence,
  ): Contribution => ({ status, licences, subject, evidence: at, reason: `${subject}: ${reason}` });
  if (repository.weights.length === 0) {
    const facts = statement ? lookupExpression(statement.value) : undefined;
    out.weights =
      statement && facts
        ? say(
            licenceStatus(facts.category, 'weights'),
            facts.ids,
            `the project's own weights; ${statement.file}:${statement.line} says they are under ${describeLicence(facts)}`,
            [{ file: statement.file, line: statement.line }, ...evidence],
          )
        : say('unknown', [], "the project's own weights, and nothing here states their licence");
  }
  if (repository.architecture.length === 0) {
    // Released weights come with the config that defines their structure, under their terms.
    const weights = out.weights ?? repository.weights[0];
    out.architecture =
      weights && weights.status !== 'unknown'
        ? say(
            weights.status,
            weights.licences,
            "the project's own; its architecture ships with the weights (their config) under the same terms",
          )
        : say(
            'unknown',
            [],
            "the project's own, and its architecture is published neither in this repository nor in the knowledge base",
          );
  }
  if (repository.data.length === 0)
    out.data = say(
      'closed',
      [],
      "the project's own, and the release names none of its training data (not published)",
    );
  return out;
}
