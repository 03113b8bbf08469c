import type { enDraw } from './en-draw.ts'

export const zhDraw: Record<keyof typeof enDraw, string> = {
  'Draw.Title': '绘制',
  'Draw.Start': '绘制地块',
  'Draw.Cancel': '取消绘制',
  'Draw.Hint': '单击添加拐点，单击第一个拐点闭合边界。',
  'Draw.EditHint': '拖动拐点可移动；拖动边中点可新增拐点。',
  'Draw.Area': '面积：{area}',
  'Draw.NoArea': '面积：—',
  'Draw.SelfIntersects': '边界自相交，请移动拐点使各边互不相交。',
  'Draw.TooSmall': '面积小于 {min} 公顷，不足以构成造林地块。',
  'Draw.TooLarge': '面积超过单个地块上限 {max} 公顷。',
  'Draw.Invalid': '该图形不能作为地块。',
  'Draw.CannotEdit': '该地块含多个部分或孔洞，无法在此编辑形状。',
}
