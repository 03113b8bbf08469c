import type { enPages } from './en-pages.ts'

/** 页眉与地图之外的页面。 */
export const zhPages: Record<keyof typeof enPages, string> = {
  'Nav.Label': '主导航',
  'Nav.Map': '地图',
  'Nav.Methodologies': '方法学',
  'Nav.Projects': '我的项目',

  'Page.Loading': '加载中…',
  'Page.LoadFailed': '页面加载失败。',
  'Page.Retry': '重试',

  'NotFound.Title': '页面不存在',
  'NotFound.Text': '{path} 没有对应的页面。',
  'NotFound.Home': '返回地图',

  'Methodologies.Title': '方法学',
  'Methodologies.Intro': '本平台计算所用的碳汇方法学与生态价值核算模型，及其依据来源。',
  'Methodologies.Version': '版本 {version}',
  'Methodologies.Kind.area-based': '按面积计算的碳汇',
  'Methodologies.Kind.transition': '土地覆被转换',
  'Methodologies.Kind.valuation': '生态产品价值核算',
  'Methodologies.Inputs': '输入参数',
  'Methodologies.Input': '参数',
  'Methodologies.Unit': '单位',
  'Methodologies.Default': '默认值',
  'Methodologies.Source': '来源',
  'Methodologies.NeedsInput': '需填写',
  'Methodologies.References': '参考文献',
  'Methodologies.All': '全部方法学',

  'ProjectList.Title': '我的项目',
  'ProjectList.LoginFirst': '登录后可查看您的项目。',
  'ProjectList.None': '还没有项目，请在地图上创建。',
  'ProjectList.Name': '项目',
  'ProjectList.Status': '状态',
  'ProjectList.Sites': '地块',
  'ProjectList.Area': '面积',
  'ProjectList.SinkType': '碳汇类型',
}
