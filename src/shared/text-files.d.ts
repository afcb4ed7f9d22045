// Data files bundled as text: esbuild's "text" loader (scripts/build.ts) turns `import text from
// "…/file.txt"` into the file's contents as a string.
declare module "*.txt" {
  const text: string;
  export default text;
}
