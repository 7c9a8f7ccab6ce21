import type { JiaokanApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (src/preload) through contextBridge; the renderer's only door to main. */
    readonly jiaokan: JiaokanApi;
  }
}

export function api(): JiaokanApi {
  return window.jiaokan;
}
