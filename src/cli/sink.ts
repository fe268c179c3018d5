/** Collects formatter output into blocks: a report of a million records becomes a few thousand writes, not millions. */
import type { OutputStream } from './io.js';
import type { TextSink } from './report.js';

/** Characters gathered before one write to the output. */
const BLOCK_CHARACTERS = 64 * 1024;

/** A text sink that must be flushed when the formatter is done. */
export interface BufferedSink extends TextSink {
  flush(): void;
}

/**
 * A sink over `output` that writes in blocks of about 64 K characters.
 * @param output - stdout or the `--output` file
 */
export function bufferedSink(output: OutputStream): BufferedSink {
  let pieces: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    output.write(pieces.length === 1 ? pieces[0] : pieces.join(''));
    pieces = [];
    size = 0;
  };
  return {
    write(text: string) {
      if (text.length === 0) return;
      pieces.push(text);
      size += text.length;
      if (size >= BLOCK_CHARACTERS) flush();
    },
    flush,
  };
}
