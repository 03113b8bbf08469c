import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net'

export type TcpProxy = {
  /** The proxy's loopback port; connect here instead of the target. */
  port: number
  /** Drops every open connection (both sides), as a network failure or a server restart would. */
  cut(): number
  /** Stops listening and drops every connection: new connections are refused until `restore`. */
  takeDown(): Promise<void>
  /** Listens again on the same port. */
  restore(): Promise<void>
  close(): Promise<void>
}

/**
 * A TCP proxy on a loopback port in front of the database (a TCP port or a Unix socket), so a test can cut
 * and restore the app's connections on PGlite and PostgreSQL alike.
 */
export async function startTcpProxy(target: { host: string; port: number } | { path: string }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>()
  const onConnection = (client: Socket) => {
    // The embedded database listens on a Unix socket, the server on TCP.
    const upstream = 'path' in target ? connectTcp(target.path) : connectTcp(target.port, target.host)
    const pair: [Socket, Socket] = [client, upstream]
    pairs.add(pair)
    const drop = () => {
      pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on('error', drop).on('close', drop)
    upstream.on('error', drop).on('close', drop)
    client.pipe(upstream)
    upstream.pipe(client)
  }
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port))
    })

  let server = createServer(onConnection)
  const port = await listen(server, 0)
  const cut = () => {
    const n = pairs.size
    for (const [client, upstream] of [...pairs]) {
      client.destroy()
      upstream.destroy()
    }
    pairs.clear()
    return n
  }
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return {
    port,
    cut,
    async takeDown() {
      const closed = stop()
      cut()
      await closed
    },
    async restore() {
      server = createServer(onConnection)
      await listen(server, port)
    },
    async close() {
      cut()
      if (server.listening) await stop()
    },
  }
}
