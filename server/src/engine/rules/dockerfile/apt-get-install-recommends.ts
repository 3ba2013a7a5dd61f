import { defineRule } from '../../define';
import { insert } from '../../fix/edits';
import { aptConfiguredBefore, aptOptionSets, callSpan, hasOption, isAptSimulation, isSubcommand, packageCommandsIn } from '../../knowledge/package-managers';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'recommends' | 'addNoInstallRecommends';

const OFF = ['false', 'no', '0'];

export default defineRule<MessageId>({
  id: 'apt-get-install-recommends',
  language: 'dockerfile',
  aliases: ['DL3015'],
  category: 'image-size',
  severity: 'info',
  fixable: 'always',
  messages: {
    recommends:
      '`{{command}}` also installs every package the named ones merely recommend, often many megabytes the image never uses. Add `--no-install-recommends` and name what you need.',
    addNoInstallRecommends: 'Add `--no-install-recommends`',
  },
  docs: {
    summary: 'Flags `apt-get install` without `--no-install-recommends`.',
    why:
      'By default apt installs a package\'s "Recommends" along with its hard dependencies: documentation, extra tools, ' +
      'optional libraries. In an image they add size, build time and CVEs to scan, and nothing calls them. ' +
      '`--no-install-recommends` installs only what the named packages need to work; add any recommended package you ' +
      'really use by name.',
    bad: ['FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*'],
    good: [
      'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
      'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99no-recommends\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    ],
    fixSafety:
      'Unsafe: the fix adds `--no-install-recommends` after `install`. A recommended package the build or the application ' +
      'relied on without naming it (`ca-certificates` next to `curl`, say) is then missing, and the failure shows up later.',
    differences:
      'hadolint checks only `apt-get`. Shipshape also checks `apt install`, and accepts `-o APT::Install-Recommends=false` ' +
      '(as hadolint does) as well as an earlier RUN that turns recommends off in an apt configuration file.',
    references: ['https://docs.docker.com/build/building/best-practices/#apt-get'],
  },
  check({ document, dockerfile, report }) {
    const text = dockerfile.text;
    for (const { run, stage, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const call of packageCommandsIn(script)) {
        if ((call.tool !== 'apt-get' && call.tool !== 'apt') || !isSubcommand(call, 'install') || !call.subcommand || isAptSimulation(call)) continue;
        if (hasOption(call, 'no-install-recommends') || call.options.some((o) => o.name === 'install-recommends' && OFF.includes(o.value ?? ''))) continue;
        if (aptOptionSets(call, 'APT::Install-Recommends', OFF) || aptConfiguredBefore(text, run, stage, 'APT::Install-Recommends', OFF)) continue;
        const span = callSpan(call);
        report({
          messageId: 'recommends',
          data: { command: text.slice(span.start, span.end) },
          span: call.subcommand.span,
          fixes: run.form === 'shell' ? [{ messageId: 'addNoInstallRecommends', safety: 'unsafe', edits: [insert(call.subcommand.span.end, ' --no-install-recommends')] }] : [],
        });
      }
    }
  },
});
