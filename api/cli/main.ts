import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { runEstimateCommand } from './estimate-command.ts'

const USAGE = `usage: npm run -s cli -- estimate --methodology <id> --params <file.json> [--sites <file.geojson>] [--format json|csv]

  --methodology  id of a registered methodology (e.g. mangrove-afforestation)
  --params       JSON object of inputs, validated by the methodology's spec
  --sites        GeoJSON of polygons: one estimate per feature; area from the geometry,
                 feature properties override params
  --format       json (default: the result, or an array with --sites) or csv (area-based only)

Results go to stdout, progress and errors to stderr. Exit 0 on success, 2 on bad input.`

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n\n${USAGE}\n`)
  process.exit(2)
}

function readJson(path: string, what: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    fail(`cannot read ${what} file '${path}'`)
  }
  try {
    return JSON.parse(text)
  } catch (e) {
    fail(`${what} file '${path}' is not valid JSON: ${(e as Error).message}`)
  }
}

function main(): void {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        methodology: { type: 'string' },
        params: { type: 'string' },
        sites: { type: 'string' },
        format: { type: 'string', default: 'json' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (e) {
    fail((e as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  if (positionals[0] !== 'estimate' || positionals.length !== 1) fail(`unknown command '${positionals.join(' ')}'`)
  if (!values.methodology) fail('--methodology is required')
  if (!values.params) fail('--params is required')
  if (values.format !== 'json' && values.format !== 'csv') fail(`--format must be json or csv, got '${values.format}'`)

  const outcome = runEstimateCommand(
    {
      methodologyId: values.methodology,
      params: readJson(values.params, 'params'),
      ...(values.sites ? { sites: readJson(values.sites, 'sites') } : {}),
      format: values.format,
    },
    (line) => process.stderr.write(`${line}\n`),
  )
  for (const line of outcome.stderr) process.stderr.write(`${line}\n`)
  process.stdout.write(outcome.stdout)
  process.exitCode = outcome.exitCode
}

main()
