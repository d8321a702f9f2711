// The bot's replies in the PR conversation. Each carries its own marker, so no run mistakes
// a reply for the one report comment, and the bot never answers itself.

import { COMMAND_PREFIX, COMMANDS, type CommandName } from './command.js';
import { mdCode } from '../render/markdown-escape.js';

export const REPLY_MARKER = '<!-- ai-openness-check:reply -->';

const usage = (name: CommandName): string => mdCode(`${COMMAND_PREFIX} ${COMMANDS[name].usage}`);

export function reply(text: string): string {
  return `${REPLY_MARKER}\n${text}\n`;
}

export function helpReply(): string {
  const rows = (Object.keys(COMMANDS) as CommandName[]).map(
    (name) => `- ${usage(name)}: ${COMMANDS[name].does}${COMMANDS[name].needsWrite ? ' (write access)' : ''}`,
  );
  return reply(
    [
      'ai-openness-check answers these commands at the start of a line of a comment on a pull request, one command a comment:',
      '',
      ...rows,
      '',
      'Commands marked "write access" need write, maintain or admin permission on this repository. Edited comments do not run commands.',
    ].join('\n'),
  );
}

export function unknownReply(word: string): string {
  return `${REPLY_MARKER}\n${mdCode(`${COMMAND_PREFIX} ${word}`, 60)} is not a command.\n${helpReply().slice(REPLY_MARKER.length + 1)}`;
}

export function refusalReply(login: string, name: CommandName): string {
  return reply(
    `Sorry @${login}, ${usage(name)} needs write, maintain or admin permission on this repository, so nothing was changed. Anyone may use ${usage('help')} and ${usage('explain')}.`,
  );
}

export function needsReasonReply(): string {
  return reply(
    `${usage('accept')} needs a reason, kept with the acceptance: for example ${mdCode(`${COMMAND_PREFIX} accept the Llama licence was reviewed by legal`)}.`,
  );
}

export function movedOnReply(sha: string): string {
  return reply(
    `The pull request moved on to ${mdCode(sha.slice(0, 12))} while this command ran, so nothing was changed: the run for the new commit reports on it. Send the command again if you still want it.`,
  );
}

export function failedReply(what: string): string {
  return reply(`The command could not be completed: ${what}. The workflow run's log has the details.`);
}

export function explainHeader(sha: string): string {
  return `For the pull request's head, commit ${mdCode(sha.slice(0, 12))}:\n\n`;
}

export function acceptedNoCheckReply(): string {
  return reply(
    'The acceptance is recorded in the report comment. This workflow creates no check run (its `check-name` is empty), so there is no check to turn to success; set `check-name` and require that check to let an acceptance unblock a merge.',
  );
}
