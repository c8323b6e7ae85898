/** Whether the visitor's form can start a flow; the same answer for the machine's guard and the field errors. */
import { normalizeClientId, resolveBaseUrl, type InputProblem } from '~/probes';

export interface FormValues {
  readonly clientId: string;
  readonly host: 'cn' | 'com' | 'custom';
  readonly baseUrl: string;
}

export function formProblems(v: FormValues): { readonly clientId: InputProblem | null; readonly baseUrl: InputProblem | null } {
  const id = normalizeClientId(v.clientId);
  const base = v.host === 'custom' ? resolveBaseUrl('custom', v.baseUrl) : null;
  return { clientId: id.ok ? null : id.problem, baseUrl: base && !base.ok ? base.problem : null };
}

export function isFormReady(v: FormValues): boolean {
  const p = formProblems(v);
  return p.clientId === null && p.baseUrl === null;
}

/** The host part of a probe input: the base URL only for `custom`. */
export function hostOf(v: FormValues): { host: FormValues['host']; baseUrl?: string } {
  return v.host === 'custom' ? { host: 'custom', baseUrl: v.baseUrl.trim() } : { host: v.host };
}
