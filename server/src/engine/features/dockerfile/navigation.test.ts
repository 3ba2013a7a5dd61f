import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { applyEdits } from '../../fix/apply';
import type { Span } from '../../model';
import { dockerfileFeatures as features } from '.';

/** `name@line` for each span, so expectations read like the file. */
function shown(text: string, spans: readonly object[]): string[] {
  const doc = parseDocument(text, 'dockerfile');
  return (spans as Span[]).map((s) => `${text.slice(s.start, s.end)}@${doc.lines.positionAt(s.start).line}`);
}

/** The offset of the `nth` occurrence of `needle`, plus `shift`. */
function at(text: string, needle: string, shift = 0, nth = 0): number {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `${needle} not found`);
  return index + shift;
}

const STAGES = [
  'FROM node:20 AS Build',
  'RUN npm ci',
  'FROM build AS test',
  'FROM build:1 AS other',
  'FROM scratch',
  'COPY --from=BUILD /app /app',
  'COPY --from=0 /a /b',
  'COPY --from=nginx /etc/nginx /etc/nginx',
  'RUN --mount=type=cache,from=build,target=/x true',
  '',
].join('\n');

describe('Dockerfile stage names', () => {
  const doc = parseDocument(STAGES, 'dockerfile');

  it('finds every use of a stage, whatever its case, by number too, and not images that look alike', () => {
    assert.deepEqual(shown(STAGES, features.references!(doc, at(STAGES, 'Build'), true)), ['Build@0', 'build@2', 'BUILD@5', '0@6', 'build@8']);
    assert.deepEqual(shown(STAGES, features.references!(doc, at(STAGES, 'BUILD'), false)), ['build@2', 'BUILD@5', '0@6', 'build@8']);
    assert.deepEqual(features.references!(doc, at(STAGES, 'build:1'), true), []);
    assert.deepEqual(features.references!(doc, at(STAGES, 'nginx'), true), []);
  });

  it('goes to the stage from a name or a number', () => {
    assert.deepEqual(shown(STAGES, features.definition!(doc, at(STAGES, 'from=build', 5))), ['Build@0']);
    assert.deepEqual(shown(STAGES, features.definition!(doc, at(STAGES, '=0', 1))), ['Build@0']);
  });

  it('highlights the declaration as written and the uses as read', () => {
    assert.deepEqual(
      features.highlights!(doc, at(STAGES, 'build AS')).map((h) => h.kind),
      ['write', 'read', 'read', 'read', 'read'],
    );
  });

  it('renames every case variant and leaves numbered references alone', () => {
    const result = features.rename!(doc, at(STAGES, 'BUILD'), 'compile');
    assert.ok(result && 'edits' in result);
    const renamed = applyEdits(STAGES, result.edits);
    assert.equal(renamed, STAGES.replace('AS Build', 'AS compile').replace('FROM build AS', 'FROM compile AS').replace('BUILD', 'compile').replace('from=build', 'from=compile'));
    assert.deepEqual(features.references!(parseDocument(renamed, 'dockerfile'), at(renamed, 'compile'), true).length, 5);
  });

  it('refuses names that would change the build or are not names', () => {
    const error = (name: string) => {
      const result = features.rename!(doc, at(STAGES, 'Build'), name);
      return result && 'error' in result ? result.error : undefined;
    };
    assert.match(error('test')!, /already exists/);
    assert.match(error('nginx')!, /used as an image name/);
    assert.match(error('scratch')!, /reserved/);
    assert.match(error('1st')!, /not a valid stage name/);
    assert.equal(error('Compile'), undefined);
    assert.equal(error('BUILD'), undefined, 'a change of case');
  });

  it('prepares rename on a name, refuses a numbered reference, and says nothing elsewhere', () => {
    assert.deepEqual(features.prepareRename!(doc, at(STAGES, 'Build') + 2), { span: { start: at(STAGES, 'Build'), end: at(STAGES, 'Build') + 5 }, placeholder: 'Build' });
    assert.match((features.prepareRename!(doc, at(STAGES, '=0', 1)) as { error: string }).error, /by its number/);
    assert.equal(features.prepareRename!(doc, at(STAGES, 'npm')), undefined);
  });
});

const VARIABLES = [
  'ARG NODE=20',
  'ARG UNUSED',
  'FROM node:${NODE}-alpine AS build',
  'ARG NODE',
  'ENV APP=/app PATH=$PATH:/x',
  `RUN echo "$NODE \${APP:-d}" '$APP' \\`,
  '# a comment: $APP',
  '  && cat <<EOF > x',
  'hello $APP',
  'EOF',
  "COPY <<'EOF' /y",
  'not $APP',
  'EOF',
  'FROM build AS test',
  'RUN echo $APP $NODE',
  'FROM alpine',
  'RUN echo $APP',
  'ENV APP=2',
  'RUN echo $APP',
  '',
].join('\n');

describe('Dockerfile variables', () => {
  const doc = parseDocument(VARIABLES, 'dockerfile');

  it('links a global ARG with its re-declaration inside a stage and its uses, not single-quoted or comment text', () => {
    assert.deepEqual(shown(VARIABLES, features.references!(doc, at(VARIABLES, 'NODE'), true)), ['NODE@0', 'NODE@2', 'NODE@3', 'NODE@5', 'NODE@14']);
  });

  it('follows ENV into stages built on the stage, and into unquoted heredocs', () => {
    assert.deepEqual(shown(VARIABLES, features.references!(doc, at(VARIABLES, 'APP='), true)), ['APP@4', 'APP@5', 'APP@8', 'APP@14']);
  });

  it('keeps a stage that does not inherit apart', () => {
    const lastStage = at(VARIABLES, 'ENV APP=2') + 4;
    assert.deepEqual(shown(VARIABLES, features.references!(doc, lastStage, true)), ['APP@17', 'APP@18']);
    assert.match((features.prepareRename!(doc, at(VARIABLES, '$APP', 1, 5)) as { error: string }).error, /not declared/);
  });

  it('goes from a use to the declaration it sees, and from a re-declaration to the global ARG', () => {
    assert.deepEqual(shown(VARIABLES, features.definition!(doc, at(VARIABLES, '$NODE', 1, 1))), ['NODE@3']);
    assert.deepEqual(shown(VARIABLES, features.definition!(doc, at(VARIABLES, 'ARG NODE', 4, 1))), ['NODE@0']);
    assert.deepEqual(features.definition!(doc, at(VARIABLES, '$PATH', 1)), []);
  });

  it('renames the chain and keeps the file valid', () => {
    const result = features.rename!(doc, at(VARIABLES, '${NODE}', 2), 'NODE_VERSION');
    assert.ok(result && 'edits' in result);
    const renamed = applyEdits(VARIABLES, result.edits);
    assert.equal(renamed.match(/NODE_VERSION/g)?.length, 5);
    assert.ok(renamed.includes("'$APP'") && renamed.includes('# a comment: $APP'));
  });

  it('refuses a name already in use or not a name', () => {
    const error = (name: string) => (features.rename!(doc, at(VARIABLES, 'APP='), name) as { error?: string }).error;
    assert.match(error('NODE')!, /already used/);
    assert.match(error('PATH')!, /already used/);
    assert.match(error('1X')!, /not a valid variable name/);
    assert.equal(error('APP_DIR'), undefined);
  });
});

describe('Dockerfile variable declarations', () => {
  it('reads quoted values and several names per ENV, and expands values with what was visible before', () => {
    const text = 'FROM alpine\nENV A="x y" B=2 \\\n  C=\'p q\'\nENV B=$B:3 D=$A\nRUN echo $B $C\n';
    const doc = parseDocument(text, 'dockerfile');
    assert.deepEqual(shown(text, features.references!(doc, at(text, 'B=2'), true)), ['B@1', 'B@3', 'B@3', 'B@4']);
    assert.deepEqual(shown(text, features.definition!(doc, at(text, '$B', 1, 1))), ['B@3']);
    assert.deepEqual(shown(text, features.definition!(doc, at(text, '$B', 1))), ['B@1']);
    assert.deepEqual(features.references!(doc, at(text, 'y"'), true), []);
  });
});

describe('Dockerfile heredoc delimiters', () => {
  const TEXT = 'FROM alpine\nRUN <<EOF cat <<-"END"\necho one\nEOF\n\tbody\n\tEND\n';
  const doc = parseDocument(TEXT, 'dockerfile');

  it('pairs each marker with its closing line', () => {
    assert.deepEqual(shown(TEXT, features.references!(doc, at(TEXT, 'EOF'), true)), ['EOF@1', 'EOF@3']);
    assert.deepEqual(shown(TEXT, features.definition!(doc, at(TEXT, '\tEND', 1))), ['END@1']);
  });

  it('renames both ends, and refuses a name that a body line already reads', () => {
    const result = features.rename!(doc, at(TEXT, 'END'), 'SCRIPT');
    assert.ok(result && 'edits' in result);
    assert.equal(applyEdits(TEXT, result.edits), 'FROM alpine\nRUN <<EOF cat <<-"SCRIPT"\necho one\nEOF\n\tbody\n\tSCRIPT\n');
    assert.match((features.rename!(doc, at(TEXT, 'END'), 'body') as { error: string }).error, /end the heredoc early/);
  });
});
