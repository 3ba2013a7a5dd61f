import { defineRule } from '../../define';
import { replace } from '../../fix/edits';

type MessageId = 'outOfRange' | 'hostMapping' | 'notAPort' | 'badRange' | 'unknownProtocol' | 'keepContainerPort';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
const MAX_PORT = 65535;

export default defineRule<MessageId>({
  id: 'invalid-expose-port',
  language: 'dockerfile',
  aliases: ['DL3011', 'ExposeInvalidFormat'],
  category: 'correctness',
  severity: 'error',
  fixable: 'sometimes',
  messages: {
    outOfRange: 'Port {{port}} does not exist: ports run from 0 to 65535, so the build fails.',
    hostMapping:
      '`{{spec}}` maps a host address or port, which EXPOSE cannot do: the image only declares the container port ({{container}}). Publish it with `docker run -p` or Compose `ports:`.',
    notAPort: '`{{spec}}` is not a port number, so the build fails. EXPOSE takes `<port>[/tcp|/udp|/sctp]` or a range `<from>-<to>`.',
    badRange: 'The range `{{spec}}` runs backwards, so the build fails; write the lower port first.',
    unknownProtocol: '`{{protocol}}` is not a protocol EXPOSE knows, so the build fails: use `tcp`, `udp` or `sctp`.',
    keepContainerPort: 'Expose only the container port (`{{replacement}}`)',
  },
  docs: {
    summary: 'Flags EXPOSE arguments that are not valid ports: out of range, not numbers, unknown protocols, or host mappings.',
    why:
      'EXPOSE documents which ports the container listens on; it is metadata for `docker run -P`, Compose and people. A port ' +
      'above 65535, a word that is no number or an unknown protocol stops the build. A host mapping (`8080:80`, ' +
      '`127.0.0.1:80:80`) belongs to whoever runs the container, not the image: BuildKit ignores the host part with a ' +
      'warning and announces that it will refuse it in a later release.',
    bad: ['FROM nginx:1.27\nEXPOSE 80800', 'FROM nginx:1.27\nEXPOSE 8080:80'],
    good: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010/udp', 'FROM nginx:1.27\nEXPOSE ${PORT}'],
    fixSafety: 'A host mapping gets a safe fix that keeps the container port (and protocol): that is the port the image exposed anyway.',
    differences:
      'hadolint checks the port range only and BuildKit the host mapping only; Shipshape does both and also reports the other ' +
      'arguments that fail the build. Arguments with variables are left alone.',
    references: ['https://docs.docker.com/reference/dockerfile/#expose', 'https://docs.docker.com/reference/build-checks/expose-invalid-format/'],
  },
  check({ dockerfile, report }) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.args) {
        const spec = word.value;
        if (spec.includes('$')) continue;
        const [portPart, protocol] = splitProtocol(spec);
        if (protocol !== undefined && !PROTOCOLS.has(protocol.toLowerCase())) {
          report({ messageId: 'unknownProtocol', data: { protocol }, span: word.span });
          continue;
        }
        if (portPart.includes(':')) {
          const container = portPart.slice(portPart.lastIndexOf(':') + 1);
          const replacement = protocol === undefined ? container : `${container}/${protocol}`;
          const fixable = /^\d+(-\d+)?$/.test(container);
          report({
            messageId: 'hostMapping',
            data: { spec, container },
            span: word.span,
            fixes: fixable ? [{ messageId: 'keepContainerPort', data: { replacement }, safety: 'safe', edits: [replace(word.span, replacement)] }] : [],
          });
          continue;
        }
        const range = /^(\d+)(?:-(\d+))?$/.exec(portPart);
        if (!range) report({ messageId: 'notAPort', data: { spec }, span: word.span });
        else {
          const ports = [Number(range[1]), Number(range[2] ?? range[1])];
          const tooHigh = ports.find((p) => p > MAX_PORT);
          if (tooHigh !== undefined) report({ messageId: 'outOfRange', data: { port: tooHigh }, span: word.span });
          else if (ports[0] > ports[1]) report({ messageId: 'badRange', data: { spec }, span: word.span });
        }
      }
    }
  },
});

function splitProtocol(spec: string): [string, string | undefined] {
  const slash = spec.indexOf('/');
  return slash < 0 ? [spec, undefined] : [spec.slice(0, slash), spec.slice(slash + 1)];
}
