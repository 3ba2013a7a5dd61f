/**
 * `npm run bench`: Shipshape against its peers, side by side, in one run on the same inputs. Not a test: it prints
 * a table of medians and ratios and writes bench/results.md. `--quick` takes fewer samples (a smoke run).
 *
 * Peers (devDependencies): rcjsuen's dockerfile-language-server-nodejs (the server inside Microsoft's and Docker's
 * extensions) and its dockerfile-utils / dockerfile-ast; dclint for Compose files on the command line.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { generateCompose, generateDockerfile, loadCorpus, REPO_ROOT, typingOffset, CORPUS_DIR, type CorpusFile } from './inputs';
import { BenchSession, OURS, RCJSUEN, peerVersion, startupTime, type BenchDocument, type ServerSpec } from './lsp';
import { dockerfileAstParse, dockerfileUtilsValidate, oursAllRules, oursParseOnly, throughput, throughputs, type Throughput } from './engine';
import { DCLINT, materialise, OUR_CLI, timeProcesses } from './cli';
import { environmentLines, updateResultsSection } from './results-file';
import { kb, latency, mb, mbps, median, ms, ratioHigherIsBetter, ratioLowerIsBetter, ratioSize, table, type Latency } from './stats';
import { rules } from '../server/src/engine';
import { bundledEngine, type Engine } from './engine-bundle';

const QUICK = process.argv.includes('--quick');
const SIZES = [1000, 2000, 5000];
const TYPED = ' && echo typing-one-character-at-a-time-0123456789'; // 50 characters
const LARGE_OPENS = QUICK ? 1 : 3;
const HOVERS_DURING_EDIT = QUICK ? 3 : 10;
const BURSTS = QUICK ? 1 : 3;
const CLI_RUNS = QUICK ? 1 : 3;

const log = (message: string) => process.stderr.write(`${message}\n`);

interface PerServer<T> {
  ours: T;
  peer: T;
}

const both = <T>(make: () => T): PerServer<T> => ({ ours: make(), peer: make() });

/** Offsets of the first letter of each instruction keyword (for hover). */
function keywordOffsets(text: string): number[] {
  const offsets: number[] = [];
  const pattern = /^[ \t]*([A-Za-z]{2,})[ \t]/gm;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) offsets.push(match.index + match[0].indexOf(match[1]));
  return offsets;
}

function middleLineEnd(text: string): number {
  const newline = text.indexOf('\n', Math.floor(text.length / 2));
  return newline >= 0 ? newline : text.length;
}

/** Open, hover, code actions and edits on every corpus Dockerfile; the two servers alternate file by file. */
async function corpusLatency(sessions: PerServer<BenchSession>, files: CorpusFile[]) {
  const open = both<number[]>(() => []);
  const edit = both<number[]>(() => []);
  const hover = both<number[]>(() => []);
  const action = both<number[]>(() => []);
  const fixAll: number[] = [];
  for (const [i, file] of files.entries()) {
    for (const key of ['ours', 'peer'] as const) {
      const warm = await sessions[key].open(`file:///warm/${i}/Dockerfile`, file.text);
      await warm.document.close();
    }
  }
  for (const [i, file] of files.entries()) {
    for (const key of ['ours', 'peer'] as const) {
      const { document, ms } = await sessions[key].open(`file:///corpus/${i}/Dockerfile`, file.text);
      open[key].push(ms);
      for (const offset of keywordOffsets(file.text).slice(0, 5)) hover[key].push(await document.hover(offset + 1));
      const bulb = await document.lightBulb();
      action[key].push(bulb.ms);
      const lazyFixAll = bulb.actions.find((a) => a.kind?.startsWith('source.fixAll') && !a.edit && a.data);
      if (key === 'ours' && lazyFixAll) fixAll.push(await document.resolve(lazyFixAll));
      const at = middleLineEnd(file.text);
      for (let k = 0; k < 2; k++) {
        edit[key].push(await document.edit(at, at, 'x'));
        edit[key].push(await document.edit(at, at + 1, ''));
      }
      await document.close();
    }
  }
  return { open, edit, hover, action, fixAll };
}

interface LargeResult {
  open: number;
  typing: Latency;
  hoverDuringEdit: number;
  burst: number;
}

/** A large generated file: opened a few times, then 50 characters typed one by one, hovers mid-edit, bursts. */
async function largeFileLatency(session: BenchSession, label: string, text: string, languageId: string): Promise<LargeResult> {
  const language = languageId === 'dockercompose' ? 'compose' : 'dockerfile';
  const uri = (n: string) => `file:///large/${label}-${n}/${language === 'compose' ? 'compose.yaml' : 'Dockerfile'}`;
  const opens: number[] = [];
  for (let i = 0; i < LARGE_OPENS; i++) {
    const { document, ms } = await session.open(uri(`open${i}`), text, languageId);
    opens.push(ms);
    await document.close();
  }
  const { document } = await session.open(uri('typing'), text, languageId);
  const at = typingOffset(text, language);
  const typing: number[] = [];
  for (let k = 0; k < TYPED.length; k++) typing.push(await document.edit(at + k, at + k, TYPED[k]));

  const hoverAt = keywordOffsets(text).find((o) => o > at) ?? at;
  const hovers: number[] = [];
  for (let k = 0; k < HOVERS_DURING_EDIT; k++) {
    const edited = document.edit(at, at, 'y');
    hovers.push(await document.hover(hoverAt + 1));
    await edited;
    await document.edit(at, at + 1, '');
  }

  const bursts: number[] = [];
  for (let b = 0; b < BURSTS; b++) {
    const changes = [...TYPED].map((ch, k) => ({ start: at + k, end: at + k, insert: ch }));
    bursts.push(await document.burst(changes));
    await document.edit(at, at + TYPED.length, '');
  }
  await document.close();
  return { open: median(opens), typing: latency(typing), hoverDuringEdit: median(hovers), burst: median(bursts) };
}

/** RSS after 200 documents were opened and diagnosed, on a fresh server. */
async function memoryWith200Documents(spec: ServerSpec, texts: string[]): Promise<{ idle: number; loaded: number; afterClose: number }> {
  const session = await BenchSession.start(spec);
  await sleep(500);
  const idle = session.rss();
  const documents: BenchDocument[] = [];
  for (let i = 0; i < 200; i++) documents.push((await session.open(`file:///memory/${i}/Dockerfile`, texts[i % texts.length])).document);
  await sleep(1000);
  const loaded = session.rss();
  for (const document of documents) await document.close();
  await sleep(1000);
  const afterClose = session.rss();
  await session.stop();
  return { idle, loaded, afterClose };
}

function activationTime(runs: number): number {
  const probe = join(__dirname, 'activation-probe.cjs');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const result = spawnSync(process.execPath, [probe, join(REPO_ROOT, 'dist', 'extension.js')], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`activation probe failed: ${result.stderr}`);
    times.push(Number(result.stdout));
  }
  return median(times);
}

function packageVsix(): number {
  log('Building production bundles and the .vsix (npm run package)…');
  const result = spawnSync('npm', ['run', 'package'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
  return statSync(join(REPO_ROOT, 'dist', 'shipshape.vsix')).size;
}

/** In process, the engine's share of an edit on a large file: re-parse from the previous version, then lint. */
function incrementalLine(engine: Engine, text: string): string {
  const at = typingOffset(text, 'dockerfile');
  let current = text;
  let parsed = engine.parseDocument(current, 'dockerfile');
  const reparse: number[] = [];
  const lintTimes: number[] = [];
  for (let k = 0; k < TYPED.length; k++) {
    current = current.slice(0, at + k) + TYPED[k] + current.slice(at + k);
    const started = performance.now();
    parsed = engine.parseDocument(current, 'dockerfile', parsed);
    const parsedAt = performance.now();
    engine.lint(parsed);
    reparse.push(parsedAt - started);
    lintTimes.push(performance.now() - parsedAt);
  }
  return `Engine alone while typing in it (50 one-character edits, median): re-parse from the previous version ${ms(median(reparse))}, lint with every rule ${ms(median(lintTimes))}.`;
}

const latencyCells = (l: Latency) => `${ms(l.p50)} / ${ms(l.p90)} / ${ms(l.p99)}`;
const check = (ok: boolean) => (ok ? '✅ met' : '❌ missed');

async function main(): Promise<void> {
  const environment = environmentLines();
  const vsixBytes = packageVsix();
  const dockerfiles = loadCorpus('dockerfile');
  const composeFiles = loadCorpus('compose');
  const notes: string[] = [];
  if (!dockerfiles || !composeFiles) notes.push(`Corpus sections skipped: no corpus at ${CORPUS_DIR} (it lives beside the repository, in ../shared/corpus).`);
  const rows: string[][] = [];
  const details: string[] = [];
  const goals: string[][] = [];
  const peers = `dockerfile-language-server-nodejs ${peerVersion('dockerfile-language-server-nodejs')}, dockerfile-utils ${peerVersion('dockerfile-utils')}, dockerfile-ast ${peerVersion('dockerfile-ast')}, dclint ${peerVersion('dclint')}`;
  const dockerfileRules = rules.filter((r) => r.language === 'dockerfile').length;
  const composeRules = rules.filter((r) => r.language === 'compose').length;

  log('Server start-up…');
  const startup = both<number[]>(() => []);
  for (let i = 0; i < 5; i++) {
    startup.ours.push(await startupTime(OURS));
    startup.peer.push(await startupTime(RCJSUEN));
  }
  rows.push(['Server start → initialize answered', ms(median(startup.ours)), ms(median(startup.peer)), ratioLowerIsBetter(median(startup.ours), median(startup.peer))]);

  const sessions: PerServer<BenchSession> = { ours: await BenchSession.start(OURS), peer: await BenchSession.start(RCJSUEN) };
  let corpus: Awaited<ReturnType<typeof corpusLatency>> | undefined;
  if (dockerfiles) {
    log(`Corpus latency over ${dockerfiles.length} Dockerfiles…`);
    corpus = await corpusLatency(sessions, dockerfiles);
    const l = (x: number[]) => latency(x);
    rows.push(
      ['Corpus open → diagnostics p50', ms(l(corpus.open.ours).p50), ms(l(corpus.open.peer).p50), ratioLowerIsBetter(l(corpus.open.ours).p50, l(corpus.open.peer).p50)],
      ['Corpus edit → diagnostics p50', ms(l(corpus.edit.ours).p50), ms(l(corpus.edit.peer).p50), ratioLowerIsBetter(l(corpus.edit.ours).p50, l(corpus.edit.peer).p50)],
      ['Corpus hover p50', ms(l(corpus.hover.ours).p50), ms(l(corpus.hover.peer).p50), ratioLowerIsBetter(l(corpus.hover.ours).p50, l(corpus.hover.peer).p50)],
      ['Corpus code actions at a finding (light bulb) p50', ms(l(corpus.action.ours).p50), ms(l(corpus.action.peer).p50), ratioLowerIsBetter(l(corpus.action.ours).p50, l(corpus.action.peer).p50)],
      ['Corpus fix-all, resolved when chosen, p50', ms(l(corpus.fixAll).p50), 'n/a', 'no fix-all in the peer'],
    );
    details.push(
      '### Corpus latency through the protocol (p50 / p90 / p99)',
      '',
      table(
        ['Measure', 'Shipshape', 'rcjsuen', 'samples'],
        [
          ...(['open', 'edit', 'hover', 'action'] as const).map((k) => [
            { open: 'open → diagnostics', edit: 'edit → diagnostics (1 character)', hover: 'hover', action: 'code actions at a finding (light bulb)' }[k],
            latencyCells(l(corpus![k].ours)),
            latencyCells(l(corpus![k].peer)),
            String(corpus![k].ours.length),
          ]),
          ['fix-all resolved (`codeAction/resolve`)', latencyCells(l(corpus.fixAll)), 'n/a', String(corpus.fixAll.length)],
        ],
      ),
      '',
    );
  }

  log('Large generated Dockerfiles…');
  const large: Record<number, PerServer<LargeResult>> = {};
  for (const size of SIZES) {
    const text = generateDockerfile(size);
    large[size] = {
      ours: await largeFileLatency(sessions.ours, `df${size}`, text, 'dockerfile'),
      peer: await largeFileLatency(sessions.peer, `df${size}`, text, 'dockerfile'),
    };
    log(`  ${size} lines: ours edit p50 ${ms(large[size].ours.typing.p50)}, rcjsuen ${ms(large[size].peer.typing.p50)}`);
  }
  const big = large[5000];
  rows.push(
    ['5,000-line Dockerfile: open → diagnostics', ms(big.ours.open), ms(big.peer.open), ratioLowerIsBetter(big.ours.open, big.peer.open)],
    ['5,000-line Dockerfile: edit → diagnostics p50 (typing)', ms(big.ours.typing.p50), ms(big.peer.typing.p50), ratioLowerIsBetter(big.ours.typing.p50, big.peer.typing.p50)],
    ['5,000-line Dockerfile: hover sent right after an edit', ms(big.ours.hoverDuringEdit), ms(big.peer.hoverDuringEdit), ratioLowerIsBetter(big.ours.hoverDuringEdit, big.peer.hoverDuringEdit)],
    ['5,000-line Dockerfile: burst of 50 changes → final diagnostics', ms(big.ours.burst), ms(big.peer.burst), ratioLowerIsBetter(big.ours.burst, big.peer.burst)],
  );
  const growth = (key: 'ours' | 'peer') => Math.log(large[5000][key].typing.p50 / large[1000][key].typing.p50) / Math.log(5);
  details.push(
    '### Large generated Dockerfiles (typing = 50 one-character edits, each waiting for its diagnostics)',
    '',
    table(
      ['Lines', 'open: ours', 'open: rcjsuen', 'edit p50/p90/p99: ours', 'edit p50/p90/p99: rcjsuen', 'hover mid-edit: ours', 'hover mid-edit: rcjsuen', 'burst of 50: ours', 'burst of 50: rcjsuen'],
      SIZES.map((size) => {
        const r = large[size];
        return [String(size), ms(r.ours.open), ms(r.peer.open), latencyCells(r.ours.typing), latencyCells(r.peer.typing), ms(r.ours.hoverDuringEdit), ms(r.peer.hoverDuringEdit), ms(r.ours.burst), ms(r.peer.burst)];
      }),
    ),
    '',
    `Growth of the edit p50 from 1,000 to 5,000 lines, as an exponent (cost ∝ lines^k; 1 = linear): ours k = ${growth('ours').toFixed(2)}, rcjsuen k = ${growth('peer').toFixed(2)}.`,
    '',
  );

  log('5,000-service Compose file…');
  const composeText = generateCompose(5000);
  const compose = await largeFileLatency(sessions.ours, 'compose5000', composeText, 'dockercompose');
  rows.push(
    ['5,000-service Compose file: open → diagnostics', ms(compose.open), 'n/a', 'no LSP peer'],
    ['5,000-service Compose file: edit → diagnostics p50', ms(compose.typing.p50), 'n/a', 'no LSP peer'],
  );
  details.push(
    `### 5,000-service Compose file (${composeText.split('\n').length - 1} lines, ${kb(composeText.length)}; ${composeRules} Compose rules registered)`,
    '',
    table(['open', 'edit p50 / p90 / p99', 'hover mid-edit', 'burst of 50'], [[ms(compose.open), latencyCells(compose.typing), ms(compose.hoverDuringEdit), ms(compose.burst)]]),
    '',
  );
  await sessions.ours.stop();
  await sessions.peer.stop();

  log('Server memory with 200 documents open…');
  const memoryTexts = dockerfiles?.map((f) => f.text) ?? [generateDockerfile(100)];
  const memory = { ours: await memoryWith200Documents(OURS, memoryTexts), peer: await memoryWith200Documents(RCJSUEN, memoryTexts) };
  rows.push(['Server RSS, 200 documents open', mb(memory.ours.loaded), mb(memory.peer.loaded), ratioSize(memory.ours.loaded, memory.peer.loaded)]);
  details.push(
    '### Server memory (RSS)',
    '',
    table(
      ['', 'idle', '200 documents open', 'after closing them'],
      [
        ['Shipshape', mb(memory.ours.idle), mb(memory.ours.loaded), mb(memory.ours.afterClose)],
        ['rcjsuen', mb(memory.peer.idle), mb(memory.peer.loaded), mb(memory.peer.afterClose)],
      ],
    ),
    '',
  );

  log('Engine throughput…');
  let engine: { ours: Throughput; parse: Throughput; utils: Throughput; ast: Throughput; compose?: Throughput } | undefined;
  if (dockerfiles) {
    const texts = dockerfiles.map((f) => f.text);
    const minMs = QUICK ? 300 : 2000;
    const dockerfileWorks = { ours: await oursAllRules('dockerfile'), parse: await oursParseOnly('dockerfile'), utils: dockerfileUtilsValidate, ast: dockerfileAstParse };
    engine = {
      ...throughputs(texts, dockerfileWorks, minMs * 2),
      compose: composeFiles ? throughput(composeFiles.map((f) => f.text), await oursAllRules('compose'), minMs) : undefined,
    };
    rows.push(['Engine throughput, Dockerfile corpus (all rules vs validate)', mbps(engine.ours.mbPerSecond), mbps(engine.utils.mbPerSecond), ratioHigherIsBetter(engine.ours.mbPerSecond, engine.utils.mbPerSecond)]);
    const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
    details.push(
      `### Engine throughput, in process (${dockerfiles.length} Dockerfiles, ${kb(bytes)}; the four take turns pass by pass; median pass after a warm-up)`,
      '',
      table(
        ['Work', 'MB/s', 'one pass'],
        [
          [`Shipshape parse + all ${dockerfileRules} Dockerfile rules`, mbps(engine.ours.mbPerSecond), ms(engine.ours.passMs)],
          ['Shipshape parse only (dockerfile-ast + our model)', mbps(engine.parse.mbPerSecond), ms(engine.parse.passMs)],
          ['dockerfile-utils validate', mbps(engine.utils.mbPerSecond), ms(engine.utils.passMs)],
          ['dockerfile-ast parse alone', mbps(engine.ast.mbPerSecond), ms(engine.ast.passMs)],
          ...(engine.compose ? [[`Shipshape, Compose corpus (${composeFiles!.length} files), all ${composeRules} Compose rules`, mbps(engine.compose.mbPerSecond), ms(engine.compose.passMs)]] : []),
        ],
      ),
      '',
    );
    const text5k = generateDockerfile(5000);
    const t = throughput([text5k], await oursAllRules('dockerfile'), QUICK ? 300 : 1000);
    const p = throughput([text5k], await oursParseOnly('dockerfile'), QUICK ? 300 : 1000);
    const engine5k = await bundledEngine();
    const findings5k = engine5k.lint(engine5k.parseDocument(text5k, 'dockerfile')).length;
    details.push(`Engine alone on the 5,000-line Dockerfile, from scratch: parse ${ms(p.passMs)}, parse + lint ${ms(t.passMs)} (${findings5k} findings).`, '', incrementalLine(engine5k, text5k), '');
  }

  log('CLI, whole process…');
  let cli: { dockerfile?: number; compose?: number; dclint?: number; composeCpu?: number; dclintCpu?: number } = {};
  if (dockerfiles && composeFiles) {
    const dockerfilePaths = materialise(dockerfiles, 'Dockerfile');
    const composePaths = materialise(composeFiles, 'compose.yaml');
    const { oursDockerfile, oursCompose, dclint } = timeProcesses(
      {
        oursDockerfile: [OUR_CLI, '--fail-level', 'none', ...dockerfilePaths],
        oursCompose: [OUR_CLI, '--fail-level', 'none', ...composePaths],
        dclint: [DCLINT, ...composePaths],
      },
      CLI_RUNS,
    );
    for (const [name, t] of [['shipshape (Dockerfiles)', oursDockerfile], ['shipshape (Compose)', oursCompose], ['dclint', dclint]] as const) {
      if (t.status !== 0 && t.status !== 1) notes.push(`${name} exited with ${t.status}: ${t.stderr}`);
    }
    cli = { dockerfile: oursDockerfile.ms, compose: oursCompose.ms, dclint: dclint.ms, composeCpu: oursCompose.cpuMs, dclintCpu: dclint.cpuMs };
    rows.push(
      [`CLI, Compose corpus (${composeFiles.length} files), whole process, wall`, ms(oursCompose.ms), ms(dclint.ms), ratioLowerIsBetter(oursCompose.ms, dclint.ms)],
      [`CLI, Compose corpus, whole process, CPU time`, ms(oursCompose.cpuMs), ms(dclint.cpuMs), ratioLowerIsBetter(oursCompose.cpuMs, dclint.cpuMs)],
      [`CLI, Dockerfile corpus (${dockerfiles.length} files), whole process, wall / CPU`, `${ms(oursDockerfile.ms)} / ${ms(oursDockerfile.cpuMs)}`, 'n/a', 'no Node CLI peer'],
    );
  }

  log('Extension activation and package size…');
  const activation = activationTime(QUICK ? 3 : 7);
  rows.push(['Extension activation (approximate, see notes)', ms(activation), 'n/a', ''], ['.vsix size', kb(vsixBytes), 'n/a', '']);

  if (corpus) {
    const oursOpen = latency(corpus.open.ours).p50;
    const peerOpen = latency(corpus.open.peer).p50;
    goals.push(['Corpus open → diagnostics p50 below rcjsuen’s', `${ms(oursOpen)} vs ${ms(peerOpen)}`, check(oursOpen < peerOpen)]);
  }
  goals.push(
    ['5,000-line Dockerfile edit p50 ≤ 15 ms', ms(big.ours.typing.p50), check(big.ours.typing.p50 <= 15)],
    ['… and ≥ 8× faster than rcjsuen', ratioLowerIsBetter(big.ours.typing.p50, big.peer.typing.p50), check(big.peer.typing.p50 / big.ours.typing.p50 >= 8)],
    ['Edit cost grows no worse than linearly (k ≤ 1.1 from 1k to 5k lines; 0.1 allows for noise)', `k = ${growth('ours').toFixed(2)}`, check(growth('ours') <= 1.1)],
  );
  if (engine) goals.push(['Engine throughput ≥ dockerfile-utils validate', `${mbps(engine.ours.mbPerSecond)} vs ${mbps(engine.utils.mbPerSecond)}`, check(engine.ours.mbPerSecond >= engine.utils.mbPerSecond)]);
  if (cli.compose && cli.dclint) {
    goals.push(['Compose corpus via the CLI ≥ 15× faster than dclint (wall)', ratioLowerIsBetter(cli.compose, cli.dclint), check(cli.dclint / cli.compose >= 15)]);
    if (cli.composeCpu && cli.dclintCpu) goals.push(['… in CPU time (steadier on a busy machine)', ratioLowerIsBetter(cli.composeCpu, cli.dclintCpu), check(cli.dclintCpu / cli.composeCpu >= 15)]);
  }

  const mainTable = table(['Measure (median unless stated)', 'Shipshape', 'Peer', 'Ratio'], rows);
  const goalTable = table(['Goal (issue 6)', 'Measured', 'Status'], goals);
  process.stdout.write(`\n${mainTable}\n\n${goalTable}\n`);
  if (notes.length) process.stdout.write(`\n${notes.join('\n')}\n`);

  updateResultsSection(
    'bench',
    [
      '## Benchmark (`npm run bench`)',
      '',
      ...environment,
      `- Peers: ${peers}`,
      `- Shipshape rules registered: ${dockerfileRules} Dockerfile, ${composeRules} Compose (all on as configured by default)`,
      QUICK ? '- **Quick run** (`--quick`): fewer samples, figures are rough.' : '- Full run.',
      '',
      mainTable,
      '',
      goalTable,
      '',
      ...details,
      '### Notes',
      '',
      '- Latency is wall-clock in a JSON-RPC client from sending a notification/request to receiving its answer; each server is the published bundle (ours: `dist/server.js` built with `--production`; rcjsuen: `docker-langserver --stdio`) over stdio. The two servers run alternately, never at the same time.',
      '- Ours publishes diagnostics with their document version and the bench waits for that version; rcjsuen’s server publishes without versions, so the bench waits for its next publication.',
      '- "Hover sent right after an edit": the hover request follows a `didChange` without waiting, so it shows whether hover waits behind re-linting.',
      '- The client announces what VS Code does: versioned diagnostics and code action edits resolved on demand; so fix-all is timed when resolved, and the light-bulb request (cursor on the first finding, no `only`) is what VS Code sends on every cursor move.',
      '- Extension activation is approximate: the time to `require` dist/extension.js (bundle load and evaluation) in a fresh Node process with a stub `vscode` module; it excludes VS Code’s extension host and the server’s start (see "Server start").',
      `- Typing inserts "${TYPED}" one character at a time inside a RUN line in the middle of the file (an environment value for Compose).`,
      ...notes.map((n) => `- ${n}`),
    ].join('\n'),
  );
  log(`Wrote bench/results.md`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
