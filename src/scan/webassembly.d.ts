/**
 * The part of the WebAssembly JavaScript API that anchor-search.ts uses. Node has it as a global; TypeScript
 * declares it only in the DOM libraries, which this Node-only project does not load.
 */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module, imports: object);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}
