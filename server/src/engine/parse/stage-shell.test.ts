import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from './dockerfile';
import { shellAt, shellOf } from './stage-shell';

/** The shell of the file's last RUN. */
function lastRunShell(text: string, pragmaShell?: string) {
  const model = parseDockerfile(text);
  const runs = model.instructions.map((i) => i.trigger ?? i).filter((i) => i.keyword === 'RUN');
  const { argv, program, kind, pipefail } = shellAt(runs[runs.length - 1], model, pragmaShell);
  return { argv, program, kind, pipefail };
}

describe('shellAt', () => {
  it('is /bin/sh -c by default', () => {
    assert.deepEqual(lastRunShell('FROM debian:12\nRUN make'), { argv: ['/bin/sh', '-c'], program: 'sh', kind: 'posix', pipefail: false });
  });

  it('follows SHELL instructions in order, and only from where they stand', () => {
    const text = 'FROM debian:12\nRUN a\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN b';
    assert.deepEqual(lastRunShell(text), { argv: ['/bin/bash', '-euxo', 'pipefail', '-c'], program: 'bash', kind: 'posix', pipefail: true });
    const model = parseDockerfile(text);
    assert.equal(shellAt(model.instructions[1], model).program, 'sh');
  });

  it('inherits the shell of the stage a stage is built FROM, not of other stages', () => {
    assert.equal(lastRunShell('FROM debian:12 AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN make').program, 'bash');
    assert.equal(lastRunShell('FROM debian:12 AS base\nSHELL ["/bin/bash", "-c"]\nFROM debian:12\nRUN make').program, 'sh');
    const model = parseDockerfile('FROM debian:12 AS base\nSHELL ["/bin/zsh", "-c"]\nFROM base');
    assert.equal(shellOf(model.stages[1], model).program, 'zsh');
  });

  it('knows PowerShell, cmd and the Windows images that start with cmd', () => {
    assert.equal(lastRunShell('FROM debian:12\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN dir').kind, 'powershell');
    assert.equal(lastRunShell('FROM debian:12\nSHELL ["C:\\\\Program Files\\\\PowerShell\\\\pwsh.exe", "-Command"]\nRUN dir').kind, 'powershell');
    assert.equal(lastRunShell('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir').kind, 'cmd');
    assert.equal(lastRunShell('# escape=`\nFROM example/build-tools:4.8\nRUN dir').kind, 'cmd');
    assert.equal(lastRunShell('# escape=`\nFROM debian:12\nRUN ls').kind, 'posix');
  });

  it('takes the `# hadolint shell=` pragma as the image default', () => {
    assert.equal(lastRunShell('FROM example/windows:1\nRUN Get-ChildItem', 'powershell').kind, 'powershell');
    assert.equal(lastRunShell('FROM example/windows:1\nSHELL ["/bin/bash", "-c"]\nRUN ls', 'powershell').kind, 'posix');
  });

  it('reads ONBUILD RUN in the shell of its stage', () => {
    assert.equal(lastRunShell('FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD RUN make').pipefail, true);
  });
});
