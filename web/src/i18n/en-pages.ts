/** The header and the pages beside the map (web/src/app, web/src/pages). */
export const enPages = {
  'Nav.Label': 'Main',
  'Nav.Map': 'Map',
  'Nav.Methodologies': 'Methodologies',
  'Nav.Projects': 'My projects',

  'Page.Loading': 'Loading…',
  'Page.LoadFailed': 'This page could not be loaded.',
  'Page.Retry': 'Try again',

  'NotFound.Title': 'Page not found',
  'NotFound.Text': 'There is no page at {path}.',
  'NotFound.Home': 'Back to the map',

  'Methodologies.Title': 'Methodologies',
  'Methodologies.Intro': 'The crediting methodologies and valuation models this platform computes, with their sources.',
  'Methodologies.Version': 'Version {version}',
  'Methodologies.Kind.area-based': 'Area-based crediting',
  'Methodologies.Kind.transition': 'Land-cover transitions',
  'Methodologies.Kind.valuation': 'Ecosystem valuation',
  'Methodologies.Inputs': 'Inputs',
  'Methodologies.Input': 'Input',
  'Methodologies.Unit': 'Unit',
  'Methodologies.Default': 'Default',
  'Methodologies.Source': 'Source',
  'Methodologies.NeedsInput': 'to be entered',
  'Methodologies.References': 'References',
  'Methodologies.All': 'All methodologies',

  'ProjectList.Title': 'My projects',
  'ProjectList.LoginFirst': 'Log in to see your projects.',
  'ProjectList.None': 'No project yet. Create one on the map.',
  'ProjectList.Name': 'Project',
  'ProjectList.Status': 'Status',
  'ProjectList.Sites': 'Sites',
  'ProjectList.Area': 'Area',
  'ProjectList.SinkType': 'Sink type',
} as const
