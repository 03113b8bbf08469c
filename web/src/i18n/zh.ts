import type { MessageKey } from './en.ts'
import { zhDraw } from './zh-draw.ts'
import { zhEstimate } from './zh-estimate.ts'
import { zhForm } from './zh-form.ts'
import { zhPages } from './zh-pages.ts'
import { zhProjects } from './zh-projects.ts'
import { zhSite } from './zh-site.ts'
import { zhValuation } from './zh-valuation.ts'

/** Chinese UI strings; the type makes a missing or extra key a compile error. */
export const zh: Record<MessageKey, string> = {
  'App.Title': '蓝碳平台 · 广东',
  'App.Subtitle': '湛江红树林登记簿',

  'Language.Label': '语言',
  'Language.zh': '中文',
  'Language.en': 'EN',

  'Auth.Login': '登录',
  'Auth.Logout': '退出登录',
  'Auth.Email': '电子邮箱',
  'Auth.Password': '密码',
  'Auth.Submit': '登录',
  'Auth.Cancel': '取消',
  'Auth.SigningIn': '正在登录…',
  'Auth.Failed': '无法登录，请检查邮箱和密码。',
  'Auth.RateLimited': '尝试次数过多，请 {seconds} 秒后再试。',
  'Auth.Offline': '无法连接服务器。',
  'Auth.SignedInAs': '当前用户：{name}',

  'Role.owner': '项目业主',
  'Role.reviewer': '交易所审核员',
  'Role.bank': '银行',
  'Role.buyer': '买方',
  'Role.admin': '管理员',

  'Legend.Title': '图例',
  'Legend.Sites': '已登记地块',
  'Legend.Land': '陆地',
  'Legend.Sea': '海域',
  'Legend.SitesInView': '视图内地块：{count}',
  'Legend.Loading': '正在加载地块…',
  'Legend.LoadFailed': '地块加载失败。',
  'Legend.Truncated': '地块过多，请放大查看全部。',

  'Site.Project': '项目',
  'Site.Area': '面积',
  'Site.Status': '状态',
  'Site.SinkType': '碳汇类型',

  'SinkType.mangrove': '红树林',
  'SinkType.wetland': '湿地',
  'SinkType.forest': '森林',
  'SinkType.marine': '海洋',
  'SinkType.coastal': '滨海',

  'SiteStatus.draft': '草稿',
  'SiteStatus.submitted': '已提交',
  'SiteStatus.under_review': '审核中',
  'SiteStatus.changes_requested': '待修改',
  'SiteStatus.approved': '已批准（公示中）',
  'SiteStatus.registered': '已登记',
  'SiteStatus.rejected': '未通过',

  'Unit.ha': '公顷',

  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'NavigationControl.ResetBearing': '拖动旋转地图，单击恢复正北',
  'ScaleControl.Meters': '米',
  'ScaleControl.Kilometers': '公里',
  'AttributionControl.ToggleAttribution': '显示或隐藏版权信息',
  'Popup.Close': '关闭弹窗',
  'Map.Title': '地图',

  ...zhDraw,
  ...zhProjects,
  ...zhSite,
  ...zhForm,
  ...zhEstimate,
  ...zhValuation,
  ...zhPages,
}
