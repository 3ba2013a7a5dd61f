/** Files that `curl` and `wget` write: `curl -o out`, `curl -O url`, `wget url`, `wget -O out`, `wget -P dir url`. */
import type { ShellWord, SimpleCommand } from '../parse/shell-words';
import { programOf } from '../parse/run-commands';
import { resolvePath } from '../text/posix-path';
import { splitArguments } from './package-managers';

const CURL = {
  short: 'oHdDuxAeTXbcKmrwYyzEFCPQt',
  long: [
    'output', 'header', 'data', 'data-raw', 'data-binary', 'data-urlencode', 'user', 'proxy', 'user-agent', 'referer', 'upload-file',
    'request', 'cookie', 'cookie-jar', 'config', 'max-time', 'range', 'write-out', 'connect-timeout', 'retry', 'retry-delay',
    'retry-max-time', 'cacert', 'cert', 'key', 'form', 'continue-at', 'output-dir', 'dump-header', 'resolve', 'limit-rate',
    'max-filesize', 'proto', 'proto-redir', 'ciphers', 'interface', 'url',
  ],
};
const WGET = {
  short: 'OoaPeUtTwQlARDIX',
  long: [
    'output-document', 'output-file', 'append-output', 'directory-prefix', 'execute', 'user-agent', 'tries', 'timeout', 'wait',
    'quota', 'level', 'accept', 'reject', 'domains', 'header', 'user', 'password', 'post-data', 'post-file', 'body-data', 'method',
    'referer', 'certificate', 'ca-certificate', 'load-cookies', 'save-cookies', 'progress',
  ],
};

export interface DownloadedFile {
  /** Absolute, normalised. */
  path: string;
  word: ShellWord;
}

/** The files a curl or wget command writes; relative paths need the current directory `cwd` and are skipped without it. */
export function downloadedFiles(command: SimpleCommand, cwd: string | undefined): DownloadedFile[] {
  const program = programOf(command);
  if (!program || (program.name !== 'curl' && program.name !== 'wget')) return [];
  const curl = program.name === 'curl';
  const { options, positional } = splitArguments(command.words.slice(program.argsIndex), curl ? CURL : WGET);
  const urls = positional.filter((w) => /^[a-z]+:\/\//i.test(w.value));
  const output = options.find((o) => (curl ? o.name === 'o' || o.name === 'output' : o.name === 'O' || o.name === 'output-document'));
  const files: { path: string; word: ShellWord }[] = [];
  if (output) {
    if (output.value && output.value !== '-') files.push({ path: output.value, word: output.word });
  } else if (!curl || options.some((o) => o.name === 'O' || o.name === 'remote-name')) {
    const dir = curl ? options.find((o) => o.name === 'output-dir')?.value : options.find((o) => o.name === 'P' || o.name === 'directory-prefix')?.value;
    for (const url of urls) {
      const name = url.value.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^.*\//, '');
      if (name && !url.value.replace(/^[a-z]+:\/\//i, '').endsWith('/')) files.push({ path: dir ? `${dir}/${name}` : name, word: url });
    }
  }
  return files.flatMap(({ path, word }) => {
    if (/[$`*?]/.test(path)) return [];
    if (!path.startsWith('/') && !cwd) return [];
    return [{ path: resolvePath(cwd ?? '/', path), word }];
  });
}
