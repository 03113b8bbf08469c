import type { enProjects } from './en-projects.ts'

export const zhProjects: Record<keyof typeof enProjects, string> = {
  'Projects.Title': '我的项目',
  'Projects.LoginHint': '登录后可在项目中绘制和保存地块。',
  'Projects.None': '还没有项目：新建项目后可保存地块。',
  'Projects.Option': '{name} · {status} · {count} 个地块',
  'Projects.New': '新建项目',
  'Projects.Name': '项目名称',
  'Projects.SinkType': '碳汇类型',
  'Projects.Create': '创建',
  'Projects.Cancel': '取消',
  'Projects.CreateFailed': '项目创建失败。',
  'Projects.LoadFailed': '项目加载失败。',
  'Projects.Sites': '地块',
  'Projects.NoSites': '还没有地块：请绘制或导入文件。',
  'Projects.Import': '导入地块（KML、KMZ、GeoJSON、Shapefile 压缩包）',
  'Projects.Importing': '正在导入…',
  'Projects.Imported': '已导入 {count} 个地块。',
  'Projects.Rejected': '未导入 — {name}：{reasons}',
  'Projects.ImportFailed': '文件导入失败。',
  'Projects.ReadOnly': '该项目状态为“{status}”，其地块不能修改。',
  'Projects.Total': '共 {count} 个地块，合计 {area}',
}
