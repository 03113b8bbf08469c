import { enDraw } from './en-draw.ts'
import { enEstimate } from './en-estimate.ts'
import { enForm } from './en-form.ts'
import { enPages } from './en-pages.ts'
import { enProjects } from './en-projects.ts'
import { enSite } from './en-site.ts'
import { enValuation } from './en-valuation.ts'

/**
 * English UI strings: flat `Component.Key` ids, as MapLibre's default locale.
 * Ids in MapLibre's own namespaces (NavigationControl.*, ScaleControl.*, …)
 * are handed to the map as its `locale`.
 */
export const en = {
  'App.Title': 'Blue Carbon Platform · Guangdong',
  'App.Subtitle': 'Zhanjiang mangrove registry',

  'Language.Label': 'Language',
  'Language.zh': '中文',
  'Language.en': 'EN',

  'Auth.Login': 'Log in',
  'Auth.Logout': 'Log out',
  'Auth.Email': 'Email',
  'Auth.Password': 'Password',
  'Auth.Submit': 'Log in',
  'Auth.Cancel': 'Cancel',
  'Auth.SigningIn': 'Logging in…',
  'Auth.Failed': 'Could not log in. Check your email and password.',
  'Auth.RateLimited': 'Too many attempts. Try again in {seconds} s.',
  'Auth.Offline': 'The server cannot be reached.',
  'Auth.SignedInAs': 'Signed in as {name}',

  'Role.owner': 'Project owner',
  'Role.reviewer': 'Exchange reviewer',
  'Role.bank': 'Bank',
  'Role.buyer': 'Buyer',
  'Role.admin': 'Administrator',

  'Legend.Title': 'Legend',
  'Legend.Sites': 'Registered sites',
  'Legend.Land': 'Land',
  'Legend.Sea': 'Sea',
  'Legend.SitesInView': 'Sites in view: {count}',
  'Legend.Loading': 'Loading sites…',
  'Legend.LoadFailed': 'Sites could not be loaded.',
  'Legend.Truncated': 'Too many sites; zoom in to see all.',

  'Site.Project': 'Project',
  'Site.Area': 'Area',
  'Site.Status': 'Status',
  'Site.SinkType': 'Sink type',

  'SinkType.mangrove': 'Mangrove',
  'SinkType.wetland': 'Wetland',
  'SinkType.forest': 'Forest',
  'SinkType.marine': 'Marine',
  'SinkType.coastal': 'Coastal',

  'SiteStatus.draft': 'Draft',
  'SiteStatus.submitted': 'Submitted',
  'SiteStatus.under_review': 'Under review',
  'SiteStatus.changes_requested': 'Changes requested',
  'SiteStatus.approved': 'Approved (public disclosure)',
  'SiteStatus.registered': 'Registered',
  'SiteStatus.rejected': 'Rejected',

  'Unit.ha': 'ha',

  'NavigationControl.ZoomIn': 'Zoom in',
  'NavigationControl.ZoomOut': 'Zoom out',
  'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
  'AttributionControl.ToggleAttribution': 'Toggle attribution',
  'Popup.Close': 'Close popup',
  'Map.Title': 'Map',

  // The work surfaces, one file per part of the UI.
  ...enDraw,
  ...enProjects,
  ...enSite,
  ...enForm,
  ...enEstimate,
  ...enValuation,
  ...enPages,
} as const

export type MessageKey = keyof typeof en
