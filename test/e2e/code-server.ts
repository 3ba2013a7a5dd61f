/**
 * Real-editor e2e harness: code-server (VS Code in the browser) + Debian's Chromium,
 * driven by playwright-core. Everything heavy is installed by test/e2e/setup.sh into a
 * cache outside the repo (see e2ePaths()).
 *
 *   const cs = await startCodeServer({ workspaceDir, vsixPath });
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   await openWorkbench(page, cs.url, workspaceDir);
 *   ...
 *   await browser.close(); await cs.stop();
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** Repo root (this file lives in <root>/test/e2e). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface E2EPaths {
  /** ${SHIPSHAPE_E2E_CACHE:-$HOME/.cache/shipshape-e2e} */
  cacheDir: string;
  /** npm prefix holding code-server */
  codeServerPrefix: string;
  /** code-server launcher (node_modules/.bin/code-server) */
  codeServerBin: string;
  /** the code-server package directory */
  codeServerPackage: string;
  /** npm prefix holding playwright-core */
  playwrightPrefix: string;
  /** playwright-core package directory */
  playwrightCore: string;
  /** Chromium binary (Debian's) */
  chromiumPath: string;
  /** setup.sh script to (re)run when something is missing */
  setupScript: string;
}

export function e2ePaths(): E2EPaths {
  const cacheDir = process.env.SHIPSHAPE_E2E_CACHE || path.join(os.homedir(), '.cache', 'shipshape-e2e');
  const codeServerPrefix = path.join(cacheDir, 'code-server');
  const playwrightPrefix = path.join(cacheDir, 'playwright');
  return {
    cacheDir,
    codeServerPrefix,
    codeServerBin: path.join(codeServerPrefix, 'node_modules', '.bin', 'code-server'),
    codeServerPackage: path.join(codeServerPrefix, 'node_modules', 'code-server'),
    playwrightPrefix,
    playwrightCore: path.join(playwrightPrefix, 'node_modules', 'playwright-core'),
    chromiumPath: process.env.SHIPSHAPE_CHROMIUM || '/usr/bin/chromium',
    setupScript: path.join(repoRoot, 'test', 'e2e', 'setup.sh'),
  };
}

/** Returns a list of problems (empty when the e2e toolchain is installed). */
export function setupProblems(p: E2EPaths = e2ePaths()): string[] {
  const problems: string[] = [];
  if (!fs.existsSync(p.codeServerBin)) problems.push(`code-server not found at ${p.codeServerBin}`);
  if (!fs.existsSync(path.join(p.playwrightCore, 'package.json'))) problems.push(`playwright-core not found at ${p.playwrightCore}`);
  if (!fs.existsSync(p.chromiumPath)) problems.push(`chromium not found at ${p.chromiumPath}`);
  return problems;
}

/** Throws a clear error when setup.sh has not been run. */
export function assertSetup(p: E2EPaths = e2ePaths()): void {
  const problems = setupProblems(p);
  if (problems.length) {
    throw new Error(`e2e toolchain missing:\n  ${problems.join('\n  ')}\nRun: bash ${path.relative(process.cwd(), p.setupScript) || p.setupScript}`);
  }
}

/** Settings every instance gets (user settings), before `settings` from the caller. */
export const defaultSettings: Record<string, unknown> = {
  'security.workspace.trust.enabled': false, // otherwise a modal trust dialog blocks every click
  'workbench.startupEditor': 'none', // no Welcome page
  'workbench.tips.enabled': false,
  'workbench.reduceMotion': 'on', // no animations: once a condition holds, the screen shows its end state
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
};

export interface StartOptions {
  /** Folder to open (only used to build `folderUrl`; any folder can be opened via openWorkbench). */
  workspaceDir?: string;
  /** Extra user settings merged over defaultSettings. */
  settings?: Record<string, unknown>;
  /** A .vsix to install into the fresh extensions dir before starting. */
  vsixPath?: string | string[];
  /**
   * An unpacked extension folder to load in development mode. code-server has no CLI flag for
   * this: it is passed through the workbench URL `payload` (see workbenchUrl / openWorkbench),
   * so it is only remembered here and applied by `instance.workbenchUrl()`.
   */
  extensionDevelopmentPath?: string;
  /** Absolute path of an extension-host test module (exports run()); see extensionDevelopmentPath. */
  extensionTestsPath?: string;
  /** Extra code-server CLI args. */
  extraArgs?: string[];
  /** Extra environment for code-server (and so for the extension host). */
  env?: Record<string, string>;
  /** Echo code-server's output to stderr (default: env SHIPSHAPE_E2E_VERBOSE=1). */
  verbose?: boolean;
  /** ms to wait for HTTP (default 60000). */
  timeoutMs?: number;
}

export interface CodeServerInstance {
  /** e.g. http://127.0.0.1:43211 (no trailing slash) */
  url: string;
  port: number;
  pid: number;
  /** temp root holding userDataDir, extensionsDir, config, logs (removed by stop()) */
  tempDir: string;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's stdout+stderr so far */
  output(): string;
  /** URL opening `folder` (default workspaceDir) with the dev-extension payload, if any. */
  workbenchUrl(folder?: string, payload?: WorkbenchPayload): string;
  /** Kills the whole process group, then removes tempDir (keep it with keepTemp). */
  stop(opts?: { keepTemp?: boolean }): Promise<void>;
}

export interface WorkbenchPayload {
  extensionDevelopmentPath?: string | string[];
  extensionTestsPath?: string;
  /** any other [key, value] pairs VS Code's web workbench understands */
  extra?: Array<[string, string]>;
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(2000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, maxBuffer: 16 * 1024 * 1024, timeout: 180_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${path.basename(cmd)} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout + stderr);
    });
  });
}

/** Builds `${url}/?folder=...&payload=...` (payload = URL-encoded JSON array of [key, value]). */
export function buildWorkbenchUrl(serverUrl: string, folder?: string, payload?: WorkbenchPayload): string {
  const params = new URLSearchParams();
  if (folder) params.set('folder', path.resolve(folder));
  const pairs: Array<[string, string]> = [];
  if (payload) {
    const authority = new URL(serverUrl).host; // code-server's remote authority is host:port
    const remote = (p: string) => `vscode-remote://${authority}${path.resolve(p)}`;
    const devPaths = payload.extensionDevelopmentPath === undefined ? [] : ([] as string[]).concat(payload.extensionDevelopmentPath);
    for (const p of devPaths) pairs.push(['extensionDevelopmentPath', remote(p)]);
    if (payload.extensionTestsPath) pairs.push(['extensionTestsPath', remote(payload.extensionTestsPath)]);
    pairs.push(...(payload.extra ?? []));
  }
  if (pairs.length) params.set('payload', JSON.stringify(pairs));
  const qs = params.toString();
  return `${serverUrl}/${qs ? `?${qs}` : ''}`;
}

export async function startCodeServer(opts: StartOptions = {}): Promise<CodeServerInstance> {
  const paths = e2ePaths();
  assertSetup(paths);
  installExitHook();
  const verbose = opts.verbose ?? process.env.SHIPSHAPE_E2E_VERBOSE === '1';

  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipshape-cs-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const configFile = path.join(tempDir, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(configFile, 'auth: none\n');
  const settings = { ...defaultSettings, ...(opts.settings ?? {}) };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // keep code-server from writing ~/.config/code-server and ~/.local/share/code-server
    XDG_CONFIG_HOME: path.join(tempDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(tempDir, 'xdg-data'),
    ...(opts.env ?? {}),
  };
  // Variables that would make code-server think it is nested in another VS Code / proxied.
  for (const k of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_PROXY_URI', 'PASSWORD', 'HASHED_PASSWORD', 'PORT']) delete env[k];

  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const vsix of opts.vsixPath === undefined ? [] : ([] as string[]).concat(opts.vsixPath)) {
    const out = await run(paths.codeServerBin, [...common, '--install-extension', path.resolve(vsix), '--force'], env);
    if (verbose) process.stderr.write(out);
  }

  const port = await freePort();
  const args = [
    ...common,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(opts.extraArgs ?? []),
  ];
  const child: ChildProcess = spawn(paths.codeServerBin, args, {
    env,
    detached: true, // own process group, so stop() kills extension host, pty host, watchers too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('failed to spawn code-server');
  liveGroups.add(pid);
  let log = '';
  const onData = (b: Buffer) => {
    log += b.toString();
    if (log.length > 4_000_000) log = log.slice(-2_000_000);
    if (verbose) process.stderr.write(b);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exited: number | string | null | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = code ?? signal;
      liveGroups.delete(pid);
      resolve();
    }),
  );

  const url = `http://127.0.0.1:${port}`;
  const stop = async (stopOpts: { keepTemp?: boolean } = {}) => {
    const kill = (sig: NodeJS.Signals) => {
      try {
        process.kill(-pid, sig);
      } catch {
        /* group already gone */
      }
    };
    if (exited === undefined) {
      kill('SIGTERM');
      await Promise.race([exitPromise, sleep(5000)]);
    }
    kill('SIGKILL'); // stragglers in the group (extension host, pty host...)
    liveGroups.delete(pid);
    if (!stopOpts.keepTemp) fs.rmSync(tempDir, { recursive: true, force: true, maxRetries: 3 });
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) {
      await stop({ keepTemp: true });
      throw new Error(`code-server exited (${exited}) before answering HTTP. Output:\n${log}`);
    }
    const status = await httpStatus(`${url}/healthz`);
    if (status === 200) break;
    if (Date.now() > deadline) {
      await stop({ keepTemp: true });
      throw new Error(`code-server did not answer on ${url} within ${opts.timeoutMs ?? 60_000} ms. Output:\n${log}`);
    }
    await sleep(250);
  }

  const defaultPayload: WorkbenchPayload | undefined =
    opts.extensionDevelopmentPath || opts.extensionTestsPath
      ? { extensionDevelopmentPath: opts.extensionDevelopmentPath, extensionTestsPath: opts.extensionTestsPath }
      : undefined;
  return {
    url,
    port,
    pid,
    tempDir,
    userDataDir,
    extensionsDir,
    output: () => log,
    workbenchUrl: (folder = opts.workspaceDir, payload = defaultPayload) => buildWorkbenchUrl(url, folder, payload),
    stop,
  };
}

// ------------------------------------------------------------------ browser

/**
 * Minimal structural types for the playwright-core objects we hand out (playwright-core is
 * loaded from the cache at run time, so its .d.ts is not visible to tsc). The index signature
 * keeps every other Playwright method callable.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface Page {
  goto(url: string, opts?: { timeout?: number; waitUntil?: string }): Promise<unknown>;
  waitForSelector(selector: string, opts?: { state?: string; timeout?: number }): Promise<unknown>;
  locator(selector: string): any;
  keyboard: { press(key: string): Promise<void>; type(text: string, opts?: { delay?: number }): Promise<void>; insertText(text: string): Promise<void> };
  screenshot(opts?: { path?: string; fullPage?: boolean }): Promise<Buffer>;
  evaluate<T>(fn: string | ((arg: any) => T), arg?: any): Promise<T>;
  exposeFunction(name: string, fn: (...args: any[]) => unknown): Promise<void>;
  on(event: string, fn: (arg: any) => void): unknown;
  close(): Promise<void>;
  [other: string]: any;
}
export interface Browser {
  newPage(opts?: Record<string, unknown>): Promise<Page>;
  newContext(opts?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
  version(): string;
  [other: string]: any;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** playwright-core, loaded from <cache>/playwright (installed by setup.sh). */
export function loadPlaywright(): any {
  const p = e2ePaths();
  assertSetup(p);
  const req = createRequire(path.join(p.playwrightPrefix, 'package.json'));
  return req('playwright-core');
}

export async function launchBrowser(opts: { headless?: boolean; args?: string[] } = {}): Promise<Browser> {
  const pw = loadPlaywright();
  return pw.chromium.launch({
    executablePath: e2ePaths().chromiumPath,
    headless: opts.headless ?? true,
    args: [...chromiumArgs, ...(opts.args ?? [])],
  });
}

/**
 * Navigates to `${url}/?folder=${folder}` (plus an optional dev-extension payload) and waits
 * until the workbench is usable: `.monaco-workbench` visible, the explorer showing the folder
 * and (when the folder is non-empty) its first row rendered.
 */
export async function openWorkbench(
  page: Page,
  url: string,
  folder: string,
  opts: { payload?: WorkbenchPayload; timeoutMs?: number } = {},
): Promise<void> {
  const timeout = opts.timeoutMs ?? 60_000;
  await page.goto(buildWorkbenchUrl(url, folder, opts.payload), { timeout, waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.monaco-workbench', { state: 'visible', timeout });
  await page.waitForSelector('.explorer-folders-view', { state: 'visible', timeout });
  if (fs.readdirSync(folder).length > 0) {
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible', timeout });
  }
}

/** Quick Open (Ctrl+P) a file by name and wait for its editor tab to be active. */
export async function quickOpen(page: Page, fileName: string, timeoutMs = 30_000): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible', timeout: timeoutMs });
  await page.keyboard.type(fileName);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { state: 'visible', timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${fileName}"]`, { timeout: timeoutMs });
}

export interface ExtensionTestResult {
  /** exit code the extension host reported (0 = run() resolved, 1 = it rejected/threw) */
  exitCode: number;
  /** workbench log files handed to window.codeAutomationExit (window.log holds the ext host's console) */
  logs: Array<{ path: string; contents: string }>;
  /** browser console lines ("[type] text"); ext host console.* appear here, unformatted (%s kept) */
  console: string[];
  /** code-server stdout+stderr */
  serverOutput: string;
}

/**
 * Runs an extension-host test module (`exports.run(): Promise<void>`, e.g. a mocha runner)
 * inside code-server, like @vscode/test-electron does in desktop VS Code:
 * the workbench URL gets payload [["extensionDevelopmentPath", vscode-remote://host:port/abs],
 * ["extensionTestsPath", vscode-remote://host:port/abs]], and the workbench calls
 * window.codeAutomationExit(code, logs) when run() settles.
 * Tip: have run() write its results to a file (e.g. mocha's json/xunit reporter with an output
 * path from process.env) - console output only reaches the browser console/window.log.
 */
export async function runExtensionTests(opts: {
  extensionDevelopmentPath: string | string[];
  extensionTestsPath: string;
  workspaceDir: string;
  settings?: Record<string, unknown>;
  vsixPath?: string | string[];
  env?: Record<string, string>;
  timeoutMs?: number;
  /** echo ext host console lines to stderr as they arrive */
  echo?: boolean;
  /** where to save a screenshot of the workbench as the run ends (passed, failed or timed out) */
  screenshotPath?: string;
}): Promise<ExtensionTestResult> {
  const cs = await startCodeServer({ workspaceDir: opts.workspaceDir, settings: opts.settings, vsixPath: opts.vsixPath, env: opts.env });
  let browser: Browser | undefined;
  let page: Page | undefined;
  try {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const consoleLines: string[] = [];
    page.on('console', (m: any) => {
      const line = `[${m.type()}] ${String(m.text()).replace(/%c\s*|color: #?[\w]+;?\s*/g, '')}`;
      consoleLines.push(line);
      if (opts.echo) process.stderr.write(`${line}\n`);
    });
    let resolveDone: (r: { code: number; logs: any }) => void = () => undefined;
    const done = new Promise<{ code: number; logs: any }>((resolve) => (resolveDone = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number, logs: any) => resolveDone({ code, logs }));
    await page.goto(
      buildWorkbenchUrl(cs.url, opts.workspaceDir, {
        extensionDevelopmentPath: opts.extensionDevelopmentPath,
        extensionTestsPath: opts.extensionTestsPath,
      }),
      { timeout: 120_000, waitUntil: 'domcontentloaded' },
    );
    const timeoutMs = opts.timeoutMs ?? 300_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`extension tests did not finish within ${timeoutMs} ms`)), timeoutMs);
    });
    const result = await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    const logs = Array.isArray(result.logs)
      ? result.logs.map((l: any) => ({ path: String(l.relativePath ?? l.path ?? ''), contents: String(l.contents ?? '') }))
      : [];
    return { exitCode: result.code, logs, console: consoleLines, serverOutput: cs.output() };
  } finally {
    if (page && opts.screenshotPath) await page.screenshot({ path: opts.screenshotPath }).catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await cs.stop();
  }
}

/** Copies code-server's output and the workbench and extension-host logs (the Shipshape output channel among them) to `dir`. */
export function saveLogs(instance: CodeServerInstance, dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'code-server.log'), instance.output());
  const logs = path.join(instance.userDataDir, 'logs');
  if (fs.existsSync(logs)) fs.cpSync(logs, path.join(dir, 'logs'), { recursive: true });
}
