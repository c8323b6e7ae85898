/**
 * `--out FILE`: where a new secret (a rotated refresh token, an exchanged access token) goes when
 * the user asks to keep it. The file is created before anything is sent, exclusively (an existing
 * file is never overwritten) and with mode 0600, so a spent credential cannot be lost to a bad path.
 */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { UsageError } from '~/cli/exit-codes';

export interface OutFile {
  readonly path: string;
  write(secret: string): Promise<void>;
  /** Removes the still-empty file when nothing came back to keep. */
  discard(): Promise<void>;
}

export async function createOutFile(path: string): Promise<OutFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError('outExists', { file: path });
    throw new UsageError('outFailed', { file: path, reason: code ?? 'error' });
  }
  return {
    path,
    async write(secret) {
      await handle.writeFile(`${secret}\n`, 'utf8');
      await handle.close();
    },
    async discard() {
      await handle.close();
      await rm(path, { force: true });
    },
  };
}
