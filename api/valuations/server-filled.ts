/**
 * GEP model inputs the server fills from the site and the request, never taken
 * from `params`. No server imports: the web form leaves these same fields out.
 */
export const SERVER_FILLED_PARAMS = [
  'ecosystem',
  'areaHa',
  'carbonPrice',
  'carbonSequestrationTco2ePerYear',
  'carbonSequestrationByYear',
] as const
