/** How far into a file a NUL byte marks it as binary (as git does). */
const SNIFF_BYTES = 8 * 1024;
/** Share of undecodable characters above which a file is not text. */
const MAX_REPLACEMENT_RATIO = 0.1;

const REPLACEMENT = '\uFFFD';

/** Decoders by encoding: `decode` without `stream` keeps no state. */
const decoders = new Map<string, TextDecoder>();

function decoder(encoding: string): TextDecoder {
  let found = decoders.get(encoding);
  if (!found) {
    found = new TextDecoder(encoding);
    decoders.set(encoding, found);
  }
  return found;
}

function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The text of a file, or undefined when it is binary: a NUL byte near the
 * start, or bytes that mostly do not decode. UTF-16 files with a byte order
 * mark (as some Windows tools write them) are decoded, not called binary.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding = utf16Encoding(bytes);
  if (!encoding && bytes.subarray(0, SNIFF_BYTES).includes(0)) {
    return undefined;
  }
  let text: string;
  try {
    text = decoder(encoding ?? 'utf-8').decode(bytes);
  } catch {
    return undefined;
  }
  let replacements = 0;
  for (
    let i = text.indexOf(REPLACEMENT);
    i >= 0;
    i = text.indexOf(REPLACEMENT, i + 1)
  ) {
    replacements++;
  }
  return replacements > text.length * MAX_REPLACEMENT_RATIO ? undefined : text;
}
