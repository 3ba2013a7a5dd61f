import { defineRule } from '../../define';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';
import { splitArguments } from '../../knowledge/package-managers';

type MessageId = 'unpinned';

/** `gem install` options that take a value. */
const GEM_SYNTAX = {
  short: 'vsinPgB',
  long: ['version', 'source', 'install-dir', 'bindir', 'platform', 'trust-policy', 'build-root', 'file', 'document', 'target-rbconfig', 'config-file'],
};

export default defineRule<MessageId>({
  id: 'unpinned-gem-package',
  language: 'dockerfile',
  aliases: ['DL3028'],
  category: 'reliability',
  severity: 'warning',
  fixable: 'never',
  messages: {
    unpinned: '`{{gem}}` has no version, so each rebuild installs the newest release of that day. Pin it: `gem install {{gem}}:<version>` (or `-v <version>`).',
  },
  docs: {
    summary: 'Flags gems that `gem install` installs without a version.',
    why:
      'Without a version, `gem install` takes the newest release at build time: rebuilding the same commit can pull in a ' +
      'new major version with breaking changes. `gem install bundler:2.5.10` (or `-v 2.5.10`) fixes the version; an ' +
      'application\'s gems belong in a Gemfile.lock installed with `bundle install`.',
    bad: ['FROM ruby:3.3\nRUN gem install bundler'],
    good: ['FROM ruby:3.3\nRUN gem install bundler:2.5.10', 'FROM ruby:3.3\nRUN gem install rails -v 7.1.3'],
    differences: 'Like hadolint, Shipshape accepts `name:version` and `-v`/`--version`; it also accepts local `.gem` files and skips gems named by a variable.',
    references: ['https://guides.rubygems.org/command-reference/#gem-install'],
  },
  check({ dockerfile, document, report }) {
    for (const { script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const command of script.commands) {
        const program = programOf(command);
        if (program?.name !== 'gem') continue;
        // Words after `--` are build options for native extensions, not gems.
        const args = command.words.slice(program.argsIndex);
        const end = args.findIndex((w) => w.value === '--');
        const { options, positional } = splitArguments(end < 0 ? args : args.slice(0, end), GEM_SYNTAX);
        if (!['install', 'i'].includes(positional[0]?.value ?? '')) continue;
        if (options.some((o) => ['v', 'version', 'g', 'file'].includes(o.name))) continue;
        for (const word of positional.slice(1)) {
          if (word.dynamic || word.value.includes(':') || word.value.endsWith('.gem') || word.value.includes('/')) continue;
          report({ messageId: 'unpinned', data: { gem: word.value }, span: word.span });
        }
      }
    }
  },
});
