/**
 * The part of the WebAssembly API the Node layer uses (loadWindowSearch.ts). Node has had it since
 * version 8; @types/node 20 names only the namespace, and the DOM library, which declares it whole,
 * is not the Node layer's.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: Record<string, never>);
    readonly exports: Record<string, unknown>;
  }
}
