import { defineRule } from '../../define';
import type { DockerInstruction } from '../../parse/dockerfile';
import type { ShellScript, SimpleCommand } from '../../parse/shell-words';
import { programOf } from '../../parse/run-commands';
import { posixRunSteps } from '../../knowledge/posix-runs';

type MessageId = 'pointless';

const REASONS: Record<string, string> = {
  service: 'no init system runs during a build, and a service started here stops when the RUN ends',
  systemctl: 'no init system runs during a build, and a service started here stops when the RUN ends',
  ps: 'it shows the build container, which nobody sees and which is gone when the RUN ends',
  top: 'it shows the build container, which nobody sees, and waits for a terminal that a build does not have',
  htop: 'it shows the build container, which nobody sees, and waits for a terminal that a build does not have',
  free: 'it reports the memory of the build container, which nobody sees',
  kill: 'the build container runs no processes to stop, apart from ones this RUN started',
  killall: 'the build container runs no processes to stop, apart from ones this RUN started',
  pkill: 'the build container runs no processes to stop, apart from ones this RUN started',
  shutdown: 'there is no machine to shut down: the RUN only fails',
  reboot: 'there is no machine to reboot: the RUN only fails',
  halt: 'there is no machine to halt: the RUN only fails',
  poweroff: 'there is no machine to power off: the RUN only fails',
  mount: 'a build has no privilege to mount file systems; use `RUN --mount` instead',
  umount: 'a build has no privilege to unmount file systems',
  ifconfig: 'network settings of the build container do not outlive the RUN',
  vim: 'an interactive editor gets no input during a build; edit files with `sed` or COPY them in',
  vi: 'an interactive editor gets no input during a build; edit files with `sed` or COPY them in',
  nano: 'an interactive editor gets no input during a build; edit files with `sed` or COPY them in',
  emacs: 'an interactive editor gets no input during a build; edit files with `sed` or COPY them in',
  ssh: 'an SSH session gets no terminal during a build; for private Git repositories use `RUN --mount=type=ssh`',
};
const PROCESS_TOOLS = new Set(['kill', 'killall', 'pkill', 'ps']);
const EDITORS = new Set(['vim', 'vi', 'nano', 'emacs']);

export default defineRule<MessageId>({
  id: 'pointless-command-in-run',
  language: 'dockerfile',
  aliases: ['DL3001'],
  category: 'correctness',
  severity: 'info',
  fixable: 'never',
  messages: {
    pointless: '`{{command}}` makes no sense in a RUN: {{reason}}.',
  },
  docs: {
    summary: 'Flags commands that do nothing useful in a build: services, process and system tools, interactive programs.',
    why:
      'A RUN executes in a short-lived build container with no init system, no terminal and no other processes. Starting ' +
      'a service, inspecting processes or memory, killing processes, mounting file systems, changing network settings or ' +
      'opening an editor either fails the build, hangs it, or has an effect that vanishes when the RUN ends, while the ' +
      'Dockerfile suggests otherwise. Configure services through files, start them from the CMD or ENTRYPOINT, and ' +
      'inspect a running container with `docker exec`.',
    bad: ['FROM debian:12\nRUN apt-get update && apt-get install -y nginx && service nginx start'],
    good: ['FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends nginx\nCMD ["nginx", "-g", "daemon off;"]'],
    differences:
      'hadolint flags ssh, vim, shutdown, service, ps, free, top, kill and mount wherever they appear. Shipshape adds the ' +
      'editors, reboot/halt/poweroff, systemctl start/stop, pkill, killall, umount and ifconfig, and leaves alone the uses ' +
      'that work: a service started for the commands that follow it in the same RUN (initialising a database), `kill` or ' +
      '`ps` when the RUN starts a background job, a scripted editor (`vim -es …`), and `ssh` with `RUN --mount=type=ssh`.',
    references: ['https://docs.docker.com/build/building/best-practices/'],
  },
  check({ dockerfile, document, report }) {
    for (const { run, script } of posixRunSteps(dockerfile, document.pragmas.shell?.name)) {
      for (const [index, command] of script.commands.entries()) {
        const program = programOf(command);
        if (!program || !Object.hasOwn(REASONS, program.name) || isUseful(program.name, command, index, script, run)) continue;
        report({ messageId: 'pointless', data: { command: program.name, reason: REASONS[program.name] }, span: command.words[program.argsIndex - 1].span });
      }
    }
  },
});

function isUseful(name: string, command: SimpleCommand, index: number, script: ShellScript, run: DockerInstruction): boolean {
  const args = command.words.slice(programOf(command)!.argsIndex).map((w) => w.value);
  if (name === 'systemctl' && !['start', 'stop', 'restart', 'reload', 'status'].includes(args.find((a) => !a.startsWith('-')) ?? '')) return true;
  // A service started for the commands after it, and stopped again (`service mysql start && mysql < init.sql && service mysql stop`).
  if (name === 'service' || name === 'systemctl') {
    const isService = (c: SimpleCommand) => ['service', 'systemctl'].includes(programOf(c)?.name ?? '');
    if (!args.some((a) => a === 'start' || a === 'restart')) return script.commands.slice(0, index).some(isService);
    return script.commands.slice(index + 1).some((c) => !isService(c));
  }
  if (PROCESS_TOOLS.has(name) && script.commands.some((c) => c.separator === '&')) return true;
  if (EDITORS.has(name) && args.some((a) => a.startsWith('-') || a.startsWith('+'))) return true;
  if (name === 'ssh') return run.flags.some((f) => f.name.toLowerCase() === 'mount' && f.options.some((o) => o.name === 'type' && o.value === 'ssh'));
  return false;
}
