/** The drawing toolbar (controls/draw.control.ts, draw/). */
export const enDraw = {
  'Draw.Title': 'Draw',
  'Draw.Start': 'Draw a site',
  'Draw.Cancel': 'Cancel drawing',
  'Draw.Hint': 'Click to add corners; click the first corner to close the outline.',
  'Draw.EditHint': 'Drag a corner to move it; drag a midpoint to add one.',
  'Draw.Area': 'Area: {area}',
  'Draw.NoArea': 'Area: —',
  'Draw.SelfIntersects': 'The outline crosses itself. Move a corner so that no edges cross.',
  'Draw.TooSmall': 'Smaller than {min} ha: too small for a planting site.',
  'Draw.TooLarge': 'Larger than {max} ha, the largest site accepted.',
  'Draw.Invalid': 'This shape cannot be used as a site.',
  'Draw.CannotEdit': 'This site has several parts or holes; its shape cannot be edited here.',
} as const
