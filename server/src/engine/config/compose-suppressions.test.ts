/**
 * Suppression comments in Compose files, through `lint` with real Compose rules: Shipshape's own forms, and dclint's
 * disable comments for files written for dclint. «…» marks the findings that must survive.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stripMarkers } from '#test/rule-tester';
import { parseDocument } from '../document';
import { lint } from '../lint';
import obsoleteVersion from '../rules/compose/obsolete-version-key';
import latestImage from '../rules/compose/latest-service-image';
import secretInEnvironment from '../rules/compose/secret-in-environment';

const RULES = [obsoleteVersion, latestImage, secretInEnvironment];

function survivors(marked: string): void {
  const { code, spans } = stripMarkers(marked);
  const findings = lint(parseDocument(code, 'compose'), { rules: RULES });
  assert.deepEqual(
    findings.map((f) => ({ rule: f.ruleId, text: code.slice(f.span.start, f.span.end) })),
    spans.map((s) => ({ rule: findings.find((f) => f.span.start === s.start)?.ruleId, text: code.slice(s.start, s.end) })),
    `surviving findings of:\n${code}`,
  );
}

describe('Compose suppression comments', () => {
  it('# shipshape ignore= on the line above a service key, a list item or a mapping entry', () => {
    survivors('services:\n  # shipshape ignore=latest-service-image pulled by CI\n  web:\n    image: nginx\n  db:\n    image: «postgres»\n');
    survivors('services:\n  db:\n    image: postgres:16\n    environment:\n      # shipshape ignore=secret-in-environment test data\n      - POSTGRES_PASSWORD=devpass\n      - MYSQL_PASSWORD=«devpass»\n');
  });
  it('# shipshape ignore-file= silences the whole file, by id or alias', () => {
    survivors('# shipshape ignore-file=no-version-field\nversion: "3"\nservices:\n  web:\n    image: «nginx»\n');
  });
  it('# dclint disable-line at the end of a line silences that line, by dclint rule name', () => {
    survivors('«version»: "3"\nservices:\n  web:\n    image: nginx # dclint disable-line service-image-require-explicit-tag\n  api:\n    image: «node»\n');
  });
  it('# dclint disable-line on its own line silences the next line', () => {
    survivors('services:\n  web:\n    # dclint disable-line service-image-require-explicit-tag no-version-field\n    image: nginx\n    labels: [a=b]\n  api:\n    image: «node»\n');
  });
  it('without names silences the rules dclint has (by alias), not Shipshape\'s own', () => {
    survivors('services:\n  db:\n    # dclint disable-line\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: «devpass» # dclint disable-line\n');
  });
  it('# dclint disable and disable-file on the first line cover the whole file; elsewhere they do nothing', () => {
    survivors('---\n# dclint disable no-version-field\nversion: "3"\nservices:\n  web:\n    image: «nginx»\n');
    survivors('# dclint disable-file\nversion: "3"\nservices:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: «devpass»\n');
    survivors('# the stack\n# dclint disable\n«version»: "3"\n');
  });
  it('is not a comment inside a quoted value or a block scalar', () => {
    survivors('services:\n  web:\n    image: «"nginx # dclint disable-line service-image-require-explicit-tag"»\n');
    survivors('services:\n  web:\n    command: |\n      # dclint disable-line\n    image: «nginx»\n');
  });
});
