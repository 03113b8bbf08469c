import { readdir, readFile, readlink } from 'node:fs/promises'

/**
 * TCP ports this process listens on, read from /proc (Linux): the socket
 * inodes among the process's open files that /proc/net/tcp{,6} lists in
 * state LISTEN (0A).
 */
export async function listeningTcpPorts(): Promise<number[]> {
  const own = new Set<string>()
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '')
    const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
    if (inode) own.add(inode)
  }
  const ports: number[] = []
  for (const table of ['/proc/self/net/tcp', '/proc/self/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '')
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      // local_address is HEX_IP:HEX_PORT; st 0A is LISTEN; inode is column 9.
      if (cols[3] === '0A' && own.has(cols[9]!)) ports.push(parseInt(cols[1]!.split(':')[1]!, 16))
    }
  }
  return ports.sort((a, b) => a - b)
}
