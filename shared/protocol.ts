/** Messages between the client and the server beyond LSP itself. */

/** Extensions that also report problems in Compose files, as the client sees them installed. */
export interface OtherExtensions {
  /** Red Hat YAML (`redhat.vscode-yaml`): YAML syntax errors, and schema validation through the JSON Schema Store. */
  redHatYaml: boolean;
  /** Docker DX (`docker.docker`): YAML syntax errors of Compose files. */
  dockerDx: boolean;
  /** Microsoft Container Tools (`ms-azuretools.vscode-containers`, formerly `ms-azuretools.vscode-docker`): YAML syntax errors. */
  containerTools: boolean;
}

export const NO_OTHER_EXTENSIONS: OtherExtensions = { redHatYaml: false, dockerDx: false, containerTools: false };

/** Extension ids to look for, per entry of `OtherExtensions`. */
export const OTHER_EXTENSION_IDS: Record<keyof OtherExtensions, readonly string[]> = {
  redHatYaml: ['redhat.vscode-yaml'],
  dockerDx: ['docker.docker'],
  containerTools: ['ms-azuretools.vscode-containers', 'ms-azuretools.vscode-docker'],
};

/** `initializationOptions` the client sends. */
export interface InitializationOptions {
  otherExtensions?: OtherExtensions;
}

/** Client → server when extensions are installed, enabled or removed; the params are an `OtherExtensions`. */
export const OTHER_EXTENSIONS_CHANGED = 'shipshape/otherExtensionsChanged';

/** Browser only: the first message the client posts to the server worker, before any LSP message: the shell parser's .wasm files. */
export interface WorkerStartMessage {
  shellParserWasm: { coreWasm: Uint8Array; bashWasm: Uint8Array };
}

/** Server → client: the files around a document that change how it is linted. */
export const PROJECT_FILES_REQUEST = 'shipshape/projectFiles';

export interface ProjectFilesParams {
  uri: string;
  language: 'dockerfile' | 'compose';
}

export interface ProjectFileText {
  kind: 'hadolint' | 'shipshape';
  uri: string;
  text: string;
}

export interface ProjectFilesResult {
  /** The nearest `.hadolint.yaml|yml` and the nearest `.shipshape.yaml|yml` (each when found), hadolint first. */
  configFiles: ProjectFileText[];
  /** The build context's ignore file (Dockerfiles only): its text, `null` when there is none, absent when unknown. */
  dockerignore?: string | null;
}
