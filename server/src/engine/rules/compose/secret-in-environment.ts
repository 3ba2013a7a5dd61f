import { isScalar, isSeq } from 'yaml';
import { defineRule } from '../../define';
import type { Span } from '../../model';
import { hasVariables, literalValue } from '../../compose/interpolation';
import { spanInScalar } from '../../compose/yaml-nodes';
import type { ComposeModel, ComposeService } from '../../compose/model';
import { isSecretName, secretKindOfValue } from '../../knowledge/secrets';

type MessageId = 'secretName' | 'secretValue';

export default defineRule<MessageId>({
  id: 'secret-in-environment',
  language: 'compose',
  aliases: [],
  category: 'security',
  severity: 'warning',
  fixable: 'never',
  messages: {
    secretName:
      '`{{name}}` is written into the file in plain text, and ends up in version control and `docker inspect`. Reference it as `${{{name}}}` (from the shell or a git-ignored `.env`), or pass it with `secrets:`.',
    secretValue: 'The value of `{{name}}` looks like a {{kind}} written in plain text: anyone with the file has it. Revoke it, then pass it with `secrets:` or as `${{{name}}}`.',
  },
  docs: {
    summary: 'Flags passwords, tokens and keys written as plain values in a service\'s `environment`.',
    why:
      'A Compose file is shared: it goes into version control, CI logs and support tickets, and the values reach ' +
      '`docker inspect` of every container. A password written there is known to everyone who ever had the file. ' +
      'Reference a variable instead (`${DB_PASSWORD}`, set in the shell or a git-ignored `.env` file), or use `secrets:`, ' +
      'which mounts the value as a file under `/run/secrets/` (many images read `…_FILE` variables for that).',
    bad: ['services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: devpass\n', 'services:\n  api:\n    image: node:20\n    environment:\n      - API_TOKEN=abc123\n'],
    good: [
      'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n',
      'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets: [pg_password]\nsecrets:\n  pg_password:\n    file: ./pg_password.txt\n',
      'services:\n  api:\n    image: node:20\n    environment:\n      - API_TOKEN\n',
    ],
    differences:
      'Values that reference variables (`${API_TOKEN}`, `${API_TOKEN:?set it}`) are the recommended way and pass; so do empty ' +
      'values (passed through from the shell), booleans and placeholders, and names that point at a secret (`…_FILE`, ' +
      '`…_PATH`). Values in the formats of well-known credentials are flagged whatever the name.',
    references: ['https://docs.docker.com/compose/how-tos/use-secrets/', 'https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/'],
  },
  check({ compose, report }) {
    const seen = new Set<number>();
    for (const service of compose.services) {
      for (const variable of environmentOf(compose, service)) {
        if (seen.has(variable.span.start) || hasVariables(variable.value)) continue;
        const value = literalValue(variable.value) ?? variable.value;
        const kind = secretKindOfValue(value);
        if (kind) report({ messageId: 'secretValue', data: { name: variable.name, kind }, span: variable.span });
        else if (value.trim() !== '' && isSecretName(variable.name, value)) report({ messageId: 'secretName', data: { name: variable.name }, span: variable.span });
        else continue;
        seen.add(variable.span.start);
      }
    }
  },
});

interface Variable {
  name: string;
  value: string;
  /** Where the value is written. */
  span: Span;
}

/** `environment` as a mapping or a `KEY=value` list; entries without a value (passed through) are left out. */
function environmentOf(compose: ComposeModel, service: ComposeService): Variable[] {
  const entry = service.get('environment');
  const found: Variable[] = [];
  if (entry && isSeq(entry.value)) {
    for (const written of entry.value.items) {
      const item = compose.deref(written);
      if (!isScalar(item) || typeof item.value !== 'string') continue;
      const eq = item.value.indexOf('=');
      if (eq <= 0) continue;
      found.push({ name: item.value.slice(0, eq), value: item.value.slice(eq + 1), span: spanInScalar(compose.text, item, eq + 1, item.value.length) });
    }
  }
  for (const variable of compose.resolve(entry?.value)?.entries ?? []) {
    const value = compose.deref(variable.value);
    if (isScalar(value) && value.value !== null && typeof value.value !== 'boolean') found.push({ name: variable.key, value: String(value.value), span: variable.valueSpan });
  }
  return found;
}
