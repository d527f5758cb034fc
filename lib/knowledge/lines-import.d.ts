/** A text file as its lines (`LINES_IMPORT` in wxt.config.ts). */
declare module '*.txt?lines' {
  const lines: readonly string[];
  export default lines;
}
