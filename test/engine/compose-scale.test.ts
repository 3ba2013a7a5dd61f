/**
 * A 5,000-service Compose file shaped to hit the Compose rules' worst cases — the same port on many addresses,
 * long dependency chains and a cycle through all of them, every service on a database image, shared anchors —
 * must lint in bounded time with every Compose rule on (no rule may be quadratic in the number of services).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { lint, parseDocument, rules } from '../../server/src/engine';

const SERVICES = 5000;
// Generous, for shared and slow machines: the time measured is printed, read it.
const BOUND_MS = 20_000;

function adversarialCompose(): string {
  const out = ['x-common: &common', '  restart: unless-stopped', '  environment:', '    POSTGRES_PASSWORD: devpass', 'services:'];
  for (let i = 0; i < SERVICES; i++) {
    out.push(
      `  svc${i}:`,
      '    <<: *common',
      '    image: postgres:16',
      `    container_name: box${i % 100}`,
      '    ports:',
      `      - "127.0.${i >> 8}.${i & 255}:5432:5432"`,
      '      - 9000-9010:9000-9010',
      '    depends_on:',
      `      - svc${(i + 1) % SERVICES}`,
      '    volumes:',
      `      - data${i}:/var/lib/postgresql/data`,
    );
  }
  return out.join('\n') + '\n';
}

test(`${SERVICES.toLocaleString('en-US')} adversarial services: every Compose rule in bounded time`, () => {
  const parsed = parseDocument(adversarialCompose(), 'compose');
  const composeRules = rules.filter((r) => r.language === 'compose');
  const config = { rules: Object.fromEntries(composeRules.map((r) => [r.id, r.severity])) };
  const started = performance.now();
  const findings = lint(parsed, { rules: composeRules, config, project: { pathExists: () => true, fileName: 'compose.yaml' } });
  const ms = performance.now() - started;
  const count = (id: string) => findings.filter((f) => f.ruleId === id).length;
  console.log(`# ${composeRules.length} Compose rules over ${SERVICES} adversarial services: ${ms.toFixed(0)} ms, ${findings.length} findings`);
  assert.ok(ms < BOUND_MS, `linting took ${ms.toFixed(0)} ms`);
  assert.equal(count('depends-on-cycle'), SERVICES);
  assert.equal(count('duplicate-published-port'), SERVICES - 1);
  assert.equal(count('duplicate-container-name'), SERVICES - 100);
  assert.equal(count('undeclared-compose-resource'), SERVICES);
  assert.equal(count('internal-error'), 0);
});
