import { readFileSync } from 'node:fs'

/** Linux's USER_HZ: /proc reports thread CPU time in these ticks (100 on every mainstream build). */
const TICKS_PER_SECOND = 100
const MAIN_THREAD_STAT = `/proc/self/task/${process.pid}/stat`

/**
 * CPU milliseconds spent by the main (event-loop) thread alone. process.cpuUsage()
 * also counts libuv's pool and worker threads — scrypt at login, the upload
 * worker — which never block the loop, so a stall check that used it would blame
 * off-thread work when a busy machine merely descheduled the process. Node 20 has
 * no process.threadCpuUsage(), hence /proc (10 ms resolution); elsewhere it falls
 * back to the whole process.
 */
export function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(MAIN_THREAD_STAT, 'utf8')
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
  } catch {
    const usage = process.cpuUsage()
    return (usage.user + usage.system) / 1000
  }
}
