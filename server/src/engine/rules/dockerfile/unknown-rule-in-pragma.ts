import { defineRule, type FixSpec } from '../../define';
import { replace } from '../../fix/edits';
import { BUILDKIT_CHECKS, buildkitCheckNamed, isUpstreamRuleName } from '../../knowledge/upstream-rules';
import { closestMatch } from '../../text/suggest';

type MessageId = 'unknownRule' | 'checkNameCasing' | 'noRuleNamed' | 'useName';

export default defineRule<MessageId>({
  id: 'unknown-rule-in-pragma',
  language: 'dockerfile',
  aliases: [],
  category: 'maintainability',
  severity: 'info',
  fixable: 'sometimes',
  messages: {
    unknownRule: '`{{name}}` is not a Shipshape rule or alias, a hadolint code or a BuildKit check, so this comment silences nothing for it.',
    checkNameCasing: 'BuildKit matches check names exactly, so `docker build` still runs `{{expected}}`: write `{{expected}}`, not `{{name}}`.',
    noRuleNamed: 'This ignore comment names no rule, so it silences nothing.',
    useName: 'Replace with `{{name}}`',
  },
  docs: {
    summary: 'Flags ignore comments that name a rule no tool knows, or a BuildKit check in the wrong casing.',
    why:
      'An ignore comment with a misspelt rule name looks like it silences something but does not: the finding it was ' +
      'meant for keeps coming back, or, worse, the comment outlives a rename and nobody notices it no longer applies. ' +
      'BuildKit compares check names exactly, so `# check=skip=jsonargsrecommended` silences the check in the editor ' +
      'but not in `docker build`.',
    bad: ['# shipshape ignore=shell-form-cmdd\nFROM node:20\nCMD node server.js', '# check=skip=jsonargsrecommended\nFROM node:20\nCMD node server.js'],
    good: [
      '# shipshape ignore=shell-form-cmd the wrapper script forwards signals\nFROM node:20\nCMD node server.js',
      '# hadolint ignore=DL3008,SC2086\nFROM debian:12\nRUN apt-get install -y curl',
      '# check=skip=JSONArgsRecommended\nFROM node:20\nCMD node server.js',
    ],
    fixSafety:
      'Replacing a BuildKit check name written in the wrong casing is safe: it is plainly the check meant. For any other ' +
      'unknown name the closest rule name (one or two letters away) is offered as an unsafe fix: it may silence a rule ' +
      'the author did not mean.',
    differences:
      'Names of hadolint (`DLxxxx`), ShellCheck (`SCxxxx`) and BuildKit checks are accepted even where Shipshape has no ' +
      'such rule: a pragma written for those tools is not a typo.',
  },
  check({ suppressions, report }) {
    for (const pragma of suppressions.pragmas) {
      if (pragma.names.length === 0 && !pragma.all) {
        report({ messageId: 'noRuleNamed', span: pragma.span });
        continue;
      }
      for (const name of pragma.names) {
        const buildkit = buildkitCheckNamed(name.name);
        if (pragma.source === 'buildkit' && buildkit && buildkit !== name.name) {
          report({
            messageId: 'checkNameCasing',
            data: { name: name.name, expected: buildkit },
            span: name.span,
            fixes: [{ messageId: 'useName', data: { name: buildkit }, safety: 'safe', edits: [replace(name.span, buildkit)] }],
          });
          continue;
        }
        if (name.ruleIds.length > 0 || isUpstreamRuleName(name.name)) continue;
        const closest = closestMatch(name.name, [...suppressions.ruleNames, ...BUILDKIT_CHECKS]);
        const fixes: FixSpec<MessageId>[] = closest ? [{ messageId: 'useName', data: { name: closest }, safety: 'unsafe', edits: [replace(name.span, closest)] }] : [];
        report({ messageId: 'unknownRule', data: { name: name.name }, span: name.span, fixes });
      }
    }
  },
});
