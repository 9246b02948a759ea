/**
 * File types that are binary by the definition of their format (images, fonts, archives, compiled code, media,
 * office documents, model weights): a scan skips them by name, without opening them. In repositories of LLM
 * plugins half the bytes are provider icons and screenshots; opening and sniffing each one costs more than
 * everything else the scan does. Text formats that merely look technical (svg, ipynb, lock, map, pkl protocol 0)
 * are not here: they are read and sniffed like any other file.
 */
const BINARY_EXTENSIONS = new Set([
  // images
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'icns', 'tif', 'tiff', 'avif', 'heic', 'heif', 'psd',
  // fonts
  'woff', 'woff2', 'ttf', 'otf', 'eot',
  // archives and packages
  'zip', 'gz', 'tgz', 'bz2', 'xz', 'zst', '7z', 'rar', 'jar', 'war', 'ear', 'whl', 'apk', 'ipa', 'dmg', 'iso',
  // compiled code
  'class', 'pyc', 'pyo', 'o', 'obj', 'a', 'so', 'dylib', 'dll', 'exe', 'wasm',
  // audio and video
  'mp3', 'mp4', 'm4a', 'm4v', 'wav', 'ogg', 'oga', 'opus', 'flac', 'mov', 'avi', 'mkv', 'webm',
  // documents
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp',
  // model weights and columnar data
  'onnx', 'pt', 'pth', 'safetensors', 'ckpt', 'npy', 'npz', 'parquet', 'tflite',
  // databases
  'sqlite', 'sqlite3',
]);

/** The skip reason for a file whose name says it is binary, or undefined when its bytes must decide. */
export function binaryTypeOf(rel: string): string | undefined {
  const dot = rel.lastIndexOf('.');
  // No extension, or a dotfile such as `.png` whose whole name is the "extension".
  if (dot <= rel.lastIndexOf('/') + 1) return undefined;
  const ext = rel.slice(dot + 1).toLowerCase();
  return BINARY_EXTENSIONS.has(ext) ? `binary file type (.${ext})` : undefined;
}
