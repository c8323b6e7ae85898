/**
 * Standalone fake Coze API for Playwright (Node 24 runs this file directly: `npx node tests/fake-coze/cli.ts`).
 *   --port <n>      port for the cn instance (default 0 = any free port)
 *   --com-port <n>  port for the com instance (default 0)
 * Prints one line per instance, then keeps running until SIGINT / SIGTERM:
 *   FAKE_COZE_URL=http://127.0.0.1:<port>        (cn)
 *   FAKE_COZE_COM_URL=http://127.0.0.1:<port>    (com)
 * Steer it over HTTP with the /__fake/* endpoints (see control.ts).
 */
import { parseArgs } from 'node:util';
import { startFakeCoze } from './server.ts';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'com-port': { type: 'string' } } });
const cn = await startFakeCoze({ region: 'cn', port: Number(values.port ?? 0), control: true });
const com = await startFakeCoze({ region: 'com', port: Number(values['com-port'] ?? 0), control: true });
process.stdout.write(`FAKE_COZE_URL=${cn.baseUrl}\nFAKE_COZE_COM_URL=${com.baseUrl}\n`);

const stop = async () => {
  await Promise.all([cn.close(), com.close()]);
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
