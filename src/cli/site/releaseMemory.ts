import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection between the slices of a site build. V8 lets garbage pile up to a
 * large share of its (multi-gigabyte) limit before collecting; the build drops each slice's view
 * model and Eleventy's pages at known points, and collecting there keeps the peak at what is
 * alive. Without the flag available (another runtime), it does nothing.
 */
export function releaseMemory(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
