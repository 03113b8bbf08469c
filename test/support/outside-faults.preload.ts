import { connect } from 'node:net'

/**
 * Loaded into a server child process by test/embedded/process-guard.test.ts
 * (`node --import tsx --import <this> api/server.ts`). On SIGUSR2 it causes
 * the three kinds of error that happen outside any request: a throw in a
 * timer, a promise rejected with nobody awaiting it, and an EventEmitter
 * 'error' without a listener (a socket refused, as a database connection
 * can be). Without a process guard each one ends the process.
 */
process.on('SIGUSR2', () => {
  setImmediate(() => {
    throw new Error('fault: thrown in a timer')
  })
  void Promise.reject(new Error('fault: rejected with nobody awaiting'))
  // Port 1 on loopback is closed: the connection is refused and 'error' has no listener.
  connect({ host: '127.0.0.1', port: 1 })
})
