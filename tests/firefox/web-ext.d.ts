/** The part of web-ext's programmatic API the Firefox smoke test uses (web-ext ships no types). */
declare module "web-ext" {
  interface Runner {
    exit(): Promise<void>;
  }
  const webExt: { cmd: { run(params: object, options: { shouldExitProgram: boolean }): Promise<Runner> } };
  export default webExt;
}
