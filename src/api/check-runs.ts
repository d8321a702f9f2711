import type { GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';
import type { CheckRunOutput, Conclusion } from '../publish/check-run.js';

/** Creates a completed check run with the first output, then adds the remaining annotation batches. */
export async function publishCheckRun(
  client: GitHubClient,
  repo: Repo,
  name: string,
  headSha: string,
  conclusion: Conclusion,
  outputs: readonly CheckRunOutput[],
): Promise<string> {
  const [first, ...rest] = outputs;
  const { data } = await client.rest.checks.create({
    ...repo,
    name,
    head_sha: headSha,
    status: 'completed',
    conclusion,
    output: first,
  });
  for (const output of rest) {
    await client.rest.checks.update({ ...repo, check_run_id: data.id, output });
  }
  return data.html_url ?? '';
}
