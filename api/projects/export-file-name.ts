/** ASCII file names (project names may be Chinese; the id is unambiguous and header-safe). */
export function exportFileName(projectId: string, extension: 'geojson' | 'csv'): string {
  return `project-${projectId}-sites.${extension}`
}
