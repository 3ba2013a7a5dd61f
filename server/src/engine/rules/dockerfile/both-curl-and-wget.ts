import { defineRule } from '../../define';
import type { ShellScript, ShellWord } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import type { Stage } from '../../parse/dockerfile';

type MessageId = 'bothDownloaders';

const DOWNLOADERS = new Set(['curl', 'wget']);

export default defineRule<MessageId>({
  id: 'both-curl-and-wget',
  language: 'dockerfile',
  aliases: ['DL4001'],
  category: 'maintainability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    bothDownloaders: 'This stage downloads with `{{first}}` (line {{line}}) and with `{{second}}`: settle on one, so the image needs only one of them.',
  },
  docs: {
    summary: 'Flags a stage that uses both curl and wget.',
    why:
      'curl and wget do the same job here. Using both means both must be installed (and kept patched) in the image, and ' +
      'readers must know two sets of options for failing on HTTP errors, following redirects and retrying. Pick one per ' +
      'stage; curl is usually already present in Debian-based images, wget in BusyBox-based ones.',
    bad: ['FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz'],
    good: [
      'FROM debian:12\nRUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz && curl -fsSLO https://example.com/b.tgz',
      'FROM debian:12\nRUN if command -v curl >/dev/null; then curl -fsSLO https://example.com/a.tgz; else wget -q https://example.com/a.tgz; fi',
    ],
    differences:
      'hadolint reports every RUN after both have appeared; Shipshape reports the first use of the second tool once per ' +
      'stage, and skips RUNs that pick whichever tool exists (`command -v curl`, `curl … || wget …`).',
    references: ['https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages'],
  },
  check({ dockerfile, document, report }) {
    const seen = new Map<Stage, { tool: string; line: number; reported: boolean }>();
    for (const { run, instruction, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      if (!stage || instruction !== run || picksEitherTool(script)) continue;
      for (const word of downloaderWords(script)) {
        const first = seen.get(stage);
        if (!first) seen.set(stage, { tool: word.value, line: dockerfile.lines.positionAt(word.span.start).line + 1, reported: false });
        else if (first.tool !== word.value && !first.reported) {
          first.reported = true;
          report({ messageId: 'bothDownloaders', data: { first: first.tool, line: first.line, second: word.value }, span: word.span });
        }
      }
    }
  },
});

/** The `curl` / `wget` words of the commands that run them, with the value reduced to the tool's name. */
function downloaderWords(script: ShellScript): ShellWord[] {
  return script.commands.flatMap((c) => {
    const program = programOf(c);
    if (!program || !DOWNLOADERS.has(program.name)) return [];
    return [{ ...c.words[program.argsIndex - 1], value: program.name }];
  });
}

/** `command -v curl`, `which wget`, `curl … || wget …`: the script uses whichever tool the image has. */
function picksEitherTool(script: ShellScript): boolean {
  return script.commands.some((c, i) => {
    const name = programOf(c)?.name;
    if ((c.words[0]?.value === 'command' || name === 'which' || name === 'type') && c.words.some((w) => DOWNLOADERS.has(w.value))) return true;
    const next = script.commands[i + 1];
    return c.separator === '||' && !!name && DOWNLOADERS.has(name) && !!next && DOWNLOADERS.has(programOf(next)?.name ?? '') && programOf(next)?.name !== name;
  });
}
