/** The media types a document may have, identified by their magic bytes. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/zip'] as const
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number]

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b)
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0))

/**
 * The type the content really has, from its first bytes, or null when it is
 * none of the accepted ones. Only the signature is read: a damaged PDF with a
 * correct header passes, which is the reviewer's to notice, not a risk to us
 * (the file is served back as an attachment with nosniff).
 */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  // A local file header, or the end record of an empty archive.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'application/zip'
  return null
}

/** Names clients use for each type (Windows sends zips as application/x-zip-compressed). */
const ALIASES: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['application/pdf', 'application/x-pdf'],
  'image/png': ['image/png'],
  'image/jpeg': ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  'image/webp': ['image/webp'],
  'application/zip': ['application/zip', 'application/x-zip-compressed', 'application/x-zip'],
}

const EXTENSIONS: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/zip': ['zip'],
}

/**
 * Whether the declared type (the multipart part's Content-Type) agrees with the
 * sniffed one. A client that declares nothing specific (application/octet-stream,
 * as curl does) must at least name the file with the matching extension.
 */
export function declaredTypeAgrees(declared: string, fileName: string, sniffed: DocumentMediaType): boolean {
  const type = declared.split(';')[0]!.trim().toLowerCase()
  if (ALIASES[sniffed].includes(type)) return true
  if (type !== '' && type !== 'application/octet-stream') return false
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  return extension !== undefined && EXTENSIONS[sniffed].includes(extension)
}
