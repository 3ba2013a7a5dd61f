// scratch: long-running code-server + chromium, eval JS posted to http://127.0.0.1:7788
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { launchBrowser, openWorkbench, quickOpen, startCodeServer } from './code-server';

async function main() {
const ws = '/tmp/e2e-explore/ws';
fs.rmSync(ws, { recursive: true, force: true });
fs.mkdirSync(ws, { recursive: true });
fs.writeFileSync(path.join(ws, '.dockerignore'), 'x\n'); fs.writeFileSync(path.join(ws, 'Dockerfile'), 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nEXPOSE 3000\nCMD node server.js\n');
fs.copyFileSync('/work/main/examples/compose.yaml', path.join(ws, 'compose.yaml'));
const cs = await startCodeServer({ workspaceDir: ws, vsixPath: process.env.VSIX ?? '/work/main/dist/shipshape.vsix' });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('pageerror', (e: Error) => console.log('pageerror', e.message));
await openWorkbench(page, cs.url, ws);
const ctx: any = { page, cs, browser, quickOpen, fs, path };
http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', async () => {
    try {
      const fn = new Function('ctx', `return (async () => { const {page, cs, browser, quickOpen, fs, path} = ctx; ${body} })()`);
      const out = await fn(ctx);
      res.end(typeof out === 'string' ? out : JSON.stringify(out, null, 1));
    } catch (e: any) {
      res.end('ERR ' + (e?.stack ?? e));
    }
  });
}).listen(7788, '127.0.0.1', () => console.log('ready', cs.url));
process.on('SIGTERM', async () => { await browser.close(); await cs.stop(); process.exit(0); });
}
void main();
