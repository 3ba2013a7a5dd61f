import { defineRule } from '../../define';
import { keyValuePairsOf } from '../../parse/key-value-pairs';
import { isSecretName, secretKindOfValue } from '../../knowledge/secrets';

type MessageId = 'secretName' | 'secretValue';

export default defineRule<MessageId>({
  id: 'secret-in-arg-or-env',
  language: 'dockerfile',
  aliases: ['DL3064', 'SecretsUsedInArgOrEnv'],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    secretName:
      '`{{keyword}} {{name}}` looks like a secret, and {{keyword}} values stay readable in the image (`docker history`, `docker inspect`, build provenance). Pass it to the RUN that needs it with `RUN --mount=type=secret,id={{id}},env={{name}}`, or give it to the container at run time.',
    secretValue:
      'The value of `{{name}}` looks like a {{kind}}. Anyone who can pull the image can read it: revoke it, then pass it with `RUN --mount=type=secret` or at run time.',
  },
  docs: {
    summary: 'Flags ARG and ENV that carry secrets: names like `API_TOKEN` or `DB_PASSWORD`, and values that look like keys or tokens.',
    why:
      'ENV values are stored in the image configuration and ARG values in its history and build provenance: anyone who can ' +
      'pull the image can read them, and deleting the variable in a later step does not remove it. BuildKit\'s secret ' +
      'mounts hand a secret to one RUN step as a file or an environment variable without writing it to any layer or ' +
      'metadata; secrets the application needs at run time belong to the orchestrator (Compose `secrets:`, Kubernetes ' +
      'Secrets).',
    bad: ['FROM node:20-alpine\nARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci', 'FROM python:3.12-slim\nENV DB_PASSWORD=s3cret'],
    good: [
      'FROM node:20-alpine\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
      'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/postgres_password',
      'FROM python:3.12-slim\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
    ],
    differences:
      'Shipshape splits names into words and matches whole words, as BuildKit does, so `TOKENIZERS_PARALLELISM` or ' +
      '`PRIVATE_REGISTRY` (which hadolint flags by substring) pass. It leaves alone names that point at a secret rather ' +
      'than hold it (`…_FILE`, `…_PATH`, `…_URL`, `…_NAME`, `…_ID`, or a value that is an absolute path), public keys ' +
      '(`GPG_KEY`, `PUBLIC_KEY`), Xdebug\'s IDE key, empty and boolean values, and user names. In addition it recognises values in the formats of well-known credentials (AWS, ' +
      'GitHub, GitLab, Slack, Stripe, npm, Google and OpenAI keys, private keys, URLs with a password) whatever the name.',
    references: ['https://docs.docker.com/build/building/secrets/', 'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'ARG' && instruction.keyword !== 'ENV') continue;
      for (const pair of keyValuePairsOf(instruction, dockerfile)) {
        const kind = pair.value === null ? undefined : secretKindOfValue(pair.value);
        if (kind && pair.valueSpan) report({ messageId: 'secretValue', data: { name: pair.key, kind }, span: pair.valueSpan });
        else if (isSecretName(pair.key, pair.value)) {
          report({ messageId: 'secretName', data: { keyword: instruction.keyword, name: pair.key, id: pair.key.toLowerCase() }, span: pair.keySpan });
        }
      }
    }
  },
});
