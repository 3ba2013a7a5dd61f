import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../document';
import { dockerfileSignatureHelp } from './signature-help';

/** The active signature's label and the text of its active parameter (undefined: none), at `|`. */
function help(marked: string): { label: string; active: string | undefined; count: number } | undefined {
  const text = marked.replace('|', '');
  const result = dockerfileSignatureHelp(parseDocument(text, 'dockerfile'), marked.indexOf('|'));
  if (!result) return undefined;
  const signature = result.signatures[result.activeSignature];
  const parameter = result.activeParameter === undefined ? undefined : signature.parameters[result.activeParameter];
  return { label: signature.label, active: parameter && signature.label.slice(...parameter.label), count: result.signatures.length };
}

const COPY = 'COPY [--from=<stage|image|context>] [--chown=<user>:<group>] [--chmod=<perms>] [--link] [--parents] [--exclude=<pattern>] <src>... <dest>';

describe('Dockerfile signature help', () => {
  it('marks the flag being typed', () => {
    assert.deepEqual(help('FROM a\nCOPY --chown=1:1 --chm|'), { label: COPY, active: '[--chmod=<perms>]', count: 1 });
    assert.deepEqual(help('FROM a\nCOPY --from=|'), { label: COPY, active: '[--from=<stage|image|context>]', count: 1 });
    assert.equal(help('FROM a\nCOPY --|')!.active, undefined);
  });

  it('marks sources and the destination: the last word is the destination', () => {
    assert.equal(help('FROM a\nCOPY --link a |')!.active, '<dest>');
    assert.equal(help('FROM a\nCOPY a| b')!.active, '<src>...');
    assert.equal(help('FROM a\nCOPY a b| c')!.active, '<src>...');
    assert.equal(help('FROM a\nCOPY a b c|')!.active, '<dest>');
  });

  it('follows continued lines with comments between them', () => {
    assert.equal(help('FROM a\nCOPY --link \\\n  # note\n  src \\\n  |')!.active, '<dest>');
  });

  it('chooses the form from the first argument', () => {
    assert.deepEqual(help('FROM a\nCMD ["node", |'), { label: 'CMD ["<executable>", "<param>"...]', active: '["<executable>", "<param>"...]', count: 2 });
    assert.deepEqual(help('FROM a\nCMD nod|'), { label: 'CMD <command>', active: '<command>', count: 2 });
    assert.equal(help('FROM a\nHEALTHCHECK NONE|')!.label, 'HEALTHCHECK [--interval=<duration>] [--timeout=<duration>] [--start-period=<duration>] [--start-interval=<duration>] [--retries=<count>] NONE');
    assert.equal(help('FROM a\nHEALTHCHECK --interval=5s CMD |')!.active, '<command>');
    assert.equal(help('FROM a\nRUN apt-|')!.active, '<command>');
    assert.equal(help('FROM a\nRUN apt-get install |'), undefined);
  });

  it('shows FROM with its parts', () => {
    assert.deepEqual(help('FROM node:20 AS |'), { label: 'FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]', active: '[AS <name>]', count: 1 });
    assert.equal(help('FROM |')!.active, '<image>[:<tag>|@<digest>]');
  });

  it('shows the options of the mount type inside --mount=', () => {
    assert.deepEqual(help('FROM a\nRUN --mount=type=cache,shar|'), {
      label: '--mount=type=cache,target=<path>[,id=<id>][,sharing=shared|private|locked][,from=<stage|image>][,source=<path>][,mode=<mode>][,uid=<uid>][,gid=<gid>][,ro]',
      active: '[,sharing=shared|private|locked]',
      count: 1,
    });
    assert.equal(help('FROM a\nRUN --mount=type=secret,dst=/x|')!.active, '[,target=<path>]');
    assert.equal(help('FROM a\nRUN --mount=type=secret,|')!.active, undefined);
    assert.equal(help('FROM a\nRUN --mount=ty|')!.active, 'type=bind');
  });

  it('answers nothing on the keyword, in comments, in heredoc bodies and for unknown instructions', () => {
    assert.equal(help('FROM a\nCO|PY a b'), undefined);
    assert.equal(help('FROM a\n# COPY |'), undefined);
    assert.equal(help('FROM a\nRUN <<EOF\nCOPY |\nEOF'), undefined);
    assert.equal(help('FROM a\nFOO |'), undefined);
  });

  it('uses the instruction an ONBUILD wraps', () => {
    assert.equal(help('FROM a\nONBUILD COPY a |')!.active, '<dest>');
  });
});
