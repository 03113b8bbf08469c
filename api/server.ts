import { startPlatform } from './boot.ts'
import { parseEnv } from './env.ts'
import { createLogger } from './logger.ts'
import { installProcessGuard } from './process-guard.ts'
import { readDemoAccounts } from './demo/demo-accounts.ts'

async function main() {
  const env = parseEnv(process.env)
  const logger = createLogger(env.LOG_LEVEL)
  // Before anything starts: a stray error during start-up or later is logged, and the server keeps serving.
  installProcessGuard(logger)
  const started = performance.now()
  const platform = await startPlatform(env, logger)
  logger.info('listening', { url: platform.url, startupMs: Math.round(performance.now() - started) })

  const lines = ['', `  Blue Carbon Platform is running at ${platform.url}`, `  API docs: ${platform.url}/api/docs`]
  if (platform.demo) {
    lines.push('  Demo logins (password "demo-password"):')
    for (const org of (await readDemoAccounts()).organisations) {
      for (const u of org.users) lines.push(`    ${u.roles.join(',').padEnd(9)} ${u.email}`)
    }
  }
  process.stdout.write(lines.join('\n') + '\n\n')

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('shutting down', { signal })
    setTimeout(() => {
      logger.error('forced exit after 10 s')
      process.exit(1)
    }, 10_000).unref()
    void platform.stop().then(() => {
      logger.info('stopped')
      process.exit(0)
    })
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((err) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
  process.exit(1)
})
