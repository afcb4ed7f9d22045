/** Types for the readerable check imported on its own (the package types only its index). */
declare module "@mozilla/readability/Readability-readerable.js" {
  import type { isProbablyReaderable } from "@mozilla/readability";
  const check: typeof isProbablyReaderable;
  export default check;
}
