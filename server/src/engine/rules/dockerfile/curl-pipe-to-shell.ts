import { defineRule } from '../../define';
import type { Span } from '../../model';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'pipedToShell' | 'substitutedIntoShell';

const DOWNLOADERS = new Set(['curl', 'wget']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
/** `sh -c "$(curl …)"`, `bash <(wget -O- …)`: the downloaded text becomes the script. */
const DOWNLOAD_SUBSTITUTION = /(?:\$\(|<\(|`)\s*(?:\S*\/)?(curl|wget)\b/;

export default defineRule<MessageId>({
  id: 'curl-pipe-to-shell',
  language: 'dockerfile',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    pipedToShell:
      '`{{downloader}}` output goes straight into `{{shell}}`: whatever the server sends that day runs as root in the build, unchecked. Download to a file, verify its checksum, then run it.',
    substitutedIntoShell:
      '`{{shell}}` runs a script downloaded by `{{downloader}}` without checking it: whatever the server sends runs as root in the build. Download to a file, verify its checksum, then run it.',
  },
  docs: {
    summary: 'Flags installers downloaded and run in one go (`curl … | sh`, `sh -c "$(curl …)"`).',
    why:
      'Piping a download into a shell executes whatever arrives: a compromised or hijacked server, a changed release or a ' +
      'truncated transfer (a half-downloaded script can still run, with surprising results) all go into the image, and the ' +
      'build stays green. The image then ships with whatever that script did. Downloading to a file, checking it against a ' +
      'known SHA-256 (`sha256sum -c`) and only then running it makes the build fail instead. Better still, install a ' +
      'pinned package or copy the tool from an official image with `COPY --from`.',
    bad: [
      'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh',
      'FROM debian:12\nRUN sh -c "$(wget -qO- https://example.com/install.sh)"',
    ],
    good: [
      'FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/v1.4.2/install.sh \\\n && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh && rm /tmp/install.sh',
    ],
    differences: 'hadolint has no such rule.',
    references: ['https://docs.docker.com/build/building/best-practices/#run'],
  },
  check({ dockerfile, document, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const found of pipedInstallers(script)) report(found);
      for (const command of script.commands) {
        const shell = programOf(command)?.name;
        if (!shell || !SHELLS.has(shell)) continue;
        const downloader = command.words.map((w) => DOWNLOAD_SUBSTITUTION.exec(w.raw)?.[1]).find((d) => d);
        if (downloader) report({ messageId: 'substitutedIntoShell', data: { shell, downloader }, span: command.span });
      }
    }
  },
});

/** `curl … | sh`: a downloader in one stage of a pipeline and a shell in a later one. */
function pipedInstallers(script: ShellScript): { messageId: MessageId; data: Record<string, string>; span: Span }[] {
  const found: { messageId: MessageId; data: Record<string, string>; span: Span }[] = [];
  const byPipeline = new Map<number, SimpleCommand[]>();
  for (const command of script.commands) {
    if (command.pipeline) byPipeline.set(command.pipeline.index, [...(byPipeline.get(command.pipeline.index) ?? []), command]);
  }
  for (const commands of byPipeline.values()) {
    const download = commands.find((c) => DOWNLOADERS.has(programOf(c)?.name ?? ''));
    const shell = download && commands.find((c) => c.pipeline!.stage > download.pipeline!.stage && SHELLS.has(programOf(c)?.name ?? ''));
    if (!download || !shell) continue;
    found.push({
      messageId: 'pipedToShell',
      data: { downloader: programOf(download)!.name, shell: programOf(shell)!.name },
      span: { start: download.span.start, end: shell.span.end },
    });
  }
  return found;
}
