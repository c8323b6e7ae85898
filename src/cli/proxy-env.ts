/**
 * Proxies from the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, upper or lower case).
 * Node's built-in fetch ignores them (before Node 24's NODE_USE_ENV_PROXY), so when one is set the
 * command line installs undici's EnvHttpProxyAgent as the global dispatcher, which Node's fetch
 * uses. undici is loaded only then: it is large, and most runs need no proxy.
 */
type Env = Readonly<Record<string, string | undefined>>;

const read = (env: Env, name: string) => env[name] ?? env[name.toLowerCase()] ?? '';

/** The proxy a request to `origin` would use, ignoring NO_PROXY (for messages only). */
export function proxyFor(origin: string, env: Env): string | null {
  const https = origin.startsWith('https:');
  const proxy = (https ? read(env, 'HTTPS_PROXY') : '') || read(env, 'HTTP_PROXY');
  if (proxy === '') return null;
  try {
    const url = new URL(proxy);
    return `${url.protocol}//${url.host}`; // never echo a proxy password
  } catch {
    return null;
  }
}

export async function installEnvProxy(env: Env): Promise<boolean> {
  if (read(env, 'HTTPS_PROXY') === '' && read(env, 'HTTP_PROXY') === '') return false;
  const loaded = await import('undici');
  // undici is CommonJS: bundled as a lazy chunk, its exports arrive on `default`.
  const undici = ((loaded as unknown as { default?: typeof loaded }).default ?? loaded) as typeof loaded;
  const { EnvHttpProxyAgent, setGlobalDispatcher } = undici;
  setGlobalDispatcher(new EnvHttpProxyAgent());
  return true;
}
