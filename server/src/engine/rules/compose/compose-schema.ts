import { defineRule } from '../../define';
import { replace } from '../../fix/edits';
import { schemaProblems } from '../../compose/schema/validate';

type MessageId = 'unknownKey' | 'invalidName' | 'wrongType' | 'notAllowed' | 'missingKey' | 'duplicateItem' | 'invalidValue' | 'renameKey' | 'replaceValue';

export default defineRule<MessageId>({
  id: 'compose-schema',
  language: 'compose',
  aliases: ['invalid-schema'],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    unknownKey: 'Compose does not know the key `{{key}}` {{where}}{{hint}}',
    invalidName: '`{{key}}` is not a valid name {{where}}: names must match {{pattern}}.',
    wrongType: '{{subject}} must be {{expected}}, not {{actual}}.',
    notAllowed: '{{subject}} must be one of {{allowed}}{{hint}}',
    missingKey: '{{subject}} needs the key `{{property}}`.',
    duplicateItem: '{{subject}} lists {{item}} more than once; Compose rejects repeated entries here.',
    invalidValue: '{{subject}} {{detail}}.',
    renameKey: 'Rename to `{{to}}`',
    replaceValue: 'Change to `{{to}}`',
  },
  docs: {
    summary: 'Checks the file against the Compose Specification schema: unknown keys, wrong types, values and missing keys.',
    why:
      'Compose validates the file against its schema before it does anything else, so a misspelt key (`helthcheck`), a ' +
      'port list written as a mapping or a `condition` that does not exist stops `docker compose up` with an error that ' +
      'names a path but not a line. Worse, some mistakes only surface on the machine that runs the file. Each problem here ' +
      'sits on the key or value at fault, and a typo of a known key or value comes with the likely intended spelling.',
    bad: [
      'services:\n  api:\n    image: nginx:1.27\n    helthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
      'services:\n  api:\n    image: nginx:1.27\n    ports: 8080\n',
      'services:\n  api:\n    image: nginx:1.27\n    depends_on:\n      db:\n        condition: service_ready\n  db:\n    image: postgres:16\n',
    ],
    good: [
      'services:\n  api:\n    image: nginx:1.27\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost"]\n',
      'x-common: &common\n  restart: unless-stopped\nservices:\n  api:\n    <<: *common\n    image: nginx:1.27\n    ports:\n      - "${API_PORT:-8080}:80"\n',
    ],
    fixSafety:
      'Safe: renaming an unknown key to the one known key a typo away (`helthcheck` → `healthcheck`), or a value to the one ' +
      'allowed value a typo away, turns a file Compose refuses into the file that was meant. No fix when two candidates are ' +
      'equally close, or when the corrected key is already in the mapping.',
    differences:
      'dclint (`invalid-schema`) stops at the first error and reports it at line 1. Shipshape reports every error on its ' +
      'token, follows `<<` merge keys and anchors to where a value is written, accepts `!reset`/`!override`, and does not ' +
      'judge values that hold `${VARIABLES}` (Compose substitutes them first). The schema is the Compose Specification ' +
      "schema plus the keys added to the specification since (see schemas/compose-overlay.json). When the YAML itself is " +
      'broken, schema problems wait until it parses.',
    references: ['https://github.com/compose-spec/compose-spec/blob/main/spec.md', 'https://docs.docker.com/reference/compose-file/'],
  },
  check({ compose, report }) {
    for (const problem of schemaProblems(compose)) {
      const fix = problem.fix;
      report({
        messageId: problem.kind,
        data: problem.data,
        span: problem.span,
        fixes: fix ? [{ messageId: fix.kind, data: { to: fix.to }, safety: 'safe', edits: [replace(fix.span, fix.to)] }] : [],
      });
    }
  },
});
