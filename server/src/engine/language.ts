/** Which engine language a file is, by its name (editors and the CLI both ask). */
import type { Language } from './model';

const DOCKERFILE = /^(?:(?:Dockerfile|Containerfile)(?:\..+)?|.+\.(?:dockerfile|containerfile))$/i;
const COMPOSE = /^(?:(?:docker-)?compose(?:[.-].+)?\.ya?ml)$/i;

export function languageOfFileName(fileName: string): Language | undefined {
  const name = fileName.replace(/^.*[\\/]/, '');
  if (DOCKERFILE.test(name)) return 'dockerfile';
  if (COMPOSE.test(name)) return 'compose';
  return undefined;
}
