// Playwright cannot download browsers on these machines, so the tests use Debian's Chromium.
// Returns its path, installing it (and CJK fonts for screenshots) when we are root with apt-get.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = () => candidates.find((p) => existsSync(p));

export function ensureChromium() {
  if (found()) return found();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('▶ installing Debian chromium and fonts-noto-cjk (Playwright cannot download browsers here)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
    if (found()) return found();
  }
  console.error(
    '✗ Chromium not found. Install it with `sudo apt-get install -y chromium fonts-noto-cjk`,\n' +
      '  or point CHROMIUM_PATH at a Chromium/Chrome binary, then run `npm test` again.',
  );
  return undefined;
}
