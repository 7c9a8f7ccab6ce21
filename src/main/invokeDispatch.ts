import { INVOKE_METHODS, type InvokeApi, type InvokeMethod } from '../shared/api';
import { API_ARG_SCHEMAS } from './apiArgSchemas';

/** Thrown for a call the contract does not allow; the renderer sees a rejected promise. */
export class InvalidIpcCall extends Error {
  override name = 'InvalidIpcCall';
}

export function isInvokeMethod(method: unknown): method is InvokeMethod {
  return typeof method === 'string' && (INVOKE_METHODS as readonly string[]).includes(method);
}

/** Validates the arguments of one call and forwards it; shared by Electron's ipcMain and the test bridge. */
export async function dispatchInvoke(handlers: InvokeApi, method: InvokeMethod, args: unknown[]): Promise<unknown> {
  const parsed = API_ARG_SCHEMAS[method].safeParse(args);
  if (!parsed.success) throw new InvalidIpcCall(`Invalid arguments for ${method}: ${parsed.error.issues[0]?.message ?? ''}`);
  const call = handlers[method] as (...a: unknown[]) => Promise<unknown>;
  return call(...(parsed.data as unknown[]));
}
