import type { ProblemCode } from './problem-codes.ts'

export type Locale = 'en' | 'zh'
type Params = Record<string, string | number>
type Message = { title: string; detail: (p: Params) => string }

/**
 * Titles and details per problem code, in English and Chinese (InVEST
 * validation_messages, MapLibre defaultLocale). Placeholders come from the
 * ApiError's params.
 */
export const PROBLEM_CATALOG: Record<ProblemCode, Record<Locale, Message>> = {
  route_not_found: {
    en: { title: 'Not found', detail: (p) => `No route matches ${p.method} ${p.path}.` },
    zh: { title: '未找到', detail: (p) => `没有与 ${p.method} ${p.path} 匹配的接口。` },
  },
  not_found: {
    en: { title: 'Not found', detail: (p) => `The ${p.resource ?? 'resource'} does not exist or is not visible to you.` },
    zh: { title: '未找到', detail: (p) => `${p.resourceZh ?? '资源'}不存在，或您无权查看。` },
  },
  methodology_not_found: {
    en: { title: 'Unknown methodology', detail: (p) => `There is no methodology with id "${p.id}".` },
    zh: { title: '未知方法学', detail: (p) => `不存在编号为“${p.id}”的方法学。` },
  },
  malformed_json: {
    en: {
      title: 'Malformed JSON',
      detail: (p) => `The request body is not valid JSON (line ${p.line}, column ${p.column}, position ${p.position}): ${p.reason}`,
    },
    zh: {
      title: 'JSON 格式错误',
      detail: (p) => `请求体不是有效的 JSON（第 ${p.line} 行，第 ${p.column} 列，位置 ${p.position}）：${p.reason}`,
    },
  },
  validation_failed: {
    en: { title: 'Invalid input', detail: (p) => `${p.count} field(s) failed validation; see "errors".` },
    zh: { title: '输入无效', detail: (p) => `${p.count} 个字段未通过校验，详见 “errors”。` },
  },
  invalid_geometry: {
    en: { title: 'Invalid geometry', detail: (p) => String(p.en ?? 'The geometry is not valid.') },
    zh: { title: '几何图形无效', detail: (p) => String(p.zh ?? '几何图形无效。') },
  },
  unsupported_media_type: {
    en: { title: 'Unsupported media type', detail: (p) => `Send the body as ${p.expected ?? 'the media type this operation documents (application/json; multipart/form-data for uploads)'}.` },
    zh: { title: '不支持的媒体类型', detail: (p) => `请以${p.expected ?? '该接口文档规定的媒体类型（一般为 application/json，上传文件为 multipart/form-data）'}格式发送请求体。` },
  },
  unsupported_document_type: {
    en: {
      title: 'Unsupported document type',
      detail: (p) =>
        p.detected
          ? `The file's content is ${p.detected}, but it was declared as ${p.declared || 'nothing'}; declare the type the file really has.`
          : `The file's content is not a PDF, PNG, JPEG, WebP image or ZIP archive (declared as ${p.declared || 'nothing'}).`,
    },
    zh: {
      title: '不支持的文件类型',
      detail: (p) =>
        p.detected
          ? `文件内容为 ${p.detected}，但声明的类型为 ${p.declared || '（空）'}；请声明文件的真实类型。`
          : `文件内容不是 PDF、PNG、JPEG、WebP 图片或 ZIP 压缩包（声明的类型为 ${p.declared || '（空）'}）。`,
    },
  },
  unauthenticated: {
    en: { title: 'Not signed in', detail: () => 'Sign in, or send an API token as "Authorization: Bearer …".' },
    zh: { title: '未登录', detail: () => '请先登录，或以 “Authorization: Bearer …” 方式提供 API 令牌。' },
  },
  invalid_credentials: {
    en: { title: 'Sign-in failed', detail: () => 'The email or password is incorrect.' },
    zh: { title: '登录失败', detail: () => '邮箱或密码不正确。' },
  },
  forbidden: {
    en: { title: 'Forbidden', detail: (p) => `This action needs the role ${p.roles} in the owning organisation.` },
    zh: { title: '无权操作', detail: (p) => `此操作需要所属机构的 ${p.roles} 角色。` },
  },
  cross_origin_request: {
    en: {
      title: 'Cross-origin request refused',
      detail: (p) =>
        `A request that changes data with a session cookie, or signs in, must come from this site's own pages (origin: ${p.origin}). Programs should send an API token as "Authorization: Bearer …".`,
    },
    zh: {
      title: '拒绝跨站请求',
      detail: (p) => `携带会话 Cookie 修改数据或登录的请求必须来自本站页面（来源：${p.origin}）。程序调用请使用 “Authorization: Bearer …” 方式提供 API 令牌。`,
    },
  },
  payload_too_large: {
    en: { title: 'Payload too large', detail: (p) => `The request body exceeds the limit of ${p.limit} bytes.` },
    zh: { title: '请求体过大', detail: (p) => `请求体超过 ${p.limit} 字节的上限。` },
  },
  rate_limited: {
    en: { title: 'Too many attempts', detail: (p) => `Too many failed sign-in attempts. Try again in ${p.retryAfter} seconds.` },
    zh: { title: '尝试次数过多', detail: (p) => `登录失败次数过多，请在 ${p.retryAfter} 秒后重试。` },
  },
  conflict: {
    en: { title: 'Conflict', detail: (p) => String(p.en ?? 'The request conflicts with the current state.') },
    zh: { title: '冲突', detail: (p) => String(p.zh ?? '请求与当前状态冲突。') },
  },
  project_not_editable: {
    en: { title: 'Project locked', detail: (p) => `The project is ${p.status}; its details and sites can be changed only while it is a draft or has changes requested.` },
    zh: { title: '项目已锁定', detail: (p) => `项目状态为 ${p.statusZh ?? p.status}；仅在草稿或被要求修改时才能更改项目信息和地块。` },
  },
  review_action_not_allowed: {
    en: { title: 'Review action not allowed', detail: (p) => `The project is ${p.status}; "${p.action}" is allowed only when it is ${p.from}.` },
    zh: { title: '审核操作不允许', detail: (p) => `项目状态为 ${p.statusZh ?? p.status}；“${p.action}”仅适用于状态为 ${p.fromZh ?? p.from} 的项目。` },
  },
  disclosure_period_open: {
    en: { title: 'Disclosure period not over', detail: (p) => `The public disclosure runs until ${p.endsAt}; the project can be registered after it ends.` },
    zh: { title: '公示期未结束', detail: (p) => `公示期至 ${p.endsAt} 结束；公示期结束后方可登记。` },
  },
  objection_unresolved: {
    en: { title: 'Unresolved objections', detail: (p) => `${p.count} objection(s) raised during the public disclosure are not resolved yet.` },
    zh: { title: '异议尚未处理', detail: (p) => `公示期间提出的 ${p.count} 条异议尚未处理完毕。` },
  },
  project_has_no_sites: {
    en: { title: 'Project has no site', detail: () => 'Draw or import at least one site before submitting the project.' },
    zh: { title: '项目没有地块', detail: () => '提交项目前，请至少绘制或导入一个地块。' },
  },
  overlap_limit_exceeded: {
    en: {
      title: 'Sites overlap other projects',
      detail: (p) => `${p.count} site(s) overlap land already claimed by other projects by more than ${p.limitPercent} % of their area: ${p.sitesEn}. See "errors".`,
    },
    zh: {
      title: '地块与其他项目重叠',
      detail: (p) => `${p.count} 个地块与其他项目已申报的土地重叠，超过其面积的 ${p.limitPercent}%：${p.sitesZh}。详见 “errors”。`,
    },
  },
  invalid_upload: {
    en: { title: 'Unreadable upload', detail: (p) => String(p.en ?? 'The uploaded file cannot be read.') },
    zh: { title: '无法读取上传文件', detail: (p) => String(p.zh ?? '无法读取上传的文件。') },
  },
  import_failed: {
    en: { title: 'Nothing imported', detail: (p) => `None of the ${p.count} feature(s) in the file could be imported; "errors" says why, per feature.` },
    zh: { title: '未导入任何地块', detail: (p) => `文件中的 ${p.count} 个要素均无法导入；各要素的原因见 “errors”。` },
  },
  upload_too_complex: {
    en: { title: 'Upload too large or complex', detail: (p) => String(p.en ?? 'The uploaded file exceeds a limit on size or work and was not read.') },
    zh: { title: '上传文件过大或过于复杂', detail: (p) => String(p.zh ?? '上传的文件超出大小或处理量限制，未予读取。') },
  },
  internal_error: {
    en: { title: 'Internal error', detail: (p) => `Something went wrong on our side. Quote request id ${p.requestId} when reporting it.` },
    zh: { title: '内部错误', detail: (p) => `服务器内部出错。报告问题时请提供请求编号 ${p.requestId}。` },
  },
  service_unavailable: {
    en: { title: 'Service unavailable', detail: (p) => `The database is not reachable right now; retry in ${p.retryAfter ?? 5} seconds.` },
    zh: { title: '服务不可用', detail: (p) => `暂时无法连接数据库，请 ${p.retryAfter ?? 5} 秒后重试。` },
  },
  database_busy: {
    en: { title: 'Busy, try again', detail: (p) => `A concurrent change got in the way and nothing was saved; retry in ${p.retryAfter ?? 1} second(s).` },
    zh: { title: '系统繁忙，请重试', detail: (p) => `与同时进行的其他修改冲突，本次未保存任何内容；请 ${p.retryAfter ?? 1} 秒后重试。` },
  },
  pdf_renderer_unavailable: {
    en: {
      title: 'PDF renderer unavailable',
      detail: (p) =>
        `No headless Chromium at ${p.path ?? '/usr/bin/chromium'}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. The HTML report works without it.`,
    },
    zh: {
      title: 'PDF 生成不可用',
      detail: (p) =>
        `未找到无头 Chromium（${p.path ?? '/usr/bin/chromium'}）：请安装（Debian：apt-get install -y chromium）或设置 CHROMIUM_PATH。HTML 报告不受影响。`,
    },
  },
  invalid_text: {
    en: { title: 'Invalid characters', detail: (p) => `${p.count} text field(s) hold characters that cannot be stored (NUL or a lone UTF-16 surrogate); see "errors".` },
    zh: { title: '文本包含无效字符', detail: (p) => `${p.count} 个文本字段包含无法存储的字符（空字符或孤立的 UTF-16 代理项），详见 “errors”。` },
  },
  insufficient_units: {
    en: { title: 'Not enough units', detail: (p) => `${p.requested} tCO2e were asked for, but only ${p.available} tCO2e are available (${p.state}, holder and vintage as given). Nothing was changed.` },
    zh: { title: '可用减排量不足', detail: (p) => `请求 ${p.requested} 吨二氧化碳当量，但按所给持有方、年份和状态（${p.state}）仅有 ${p.available} 吨可用。未做任何更改。` },
  },
  issuance_period_taken: {
    en: { title: 'Monitoring period already issued', detail: (p) => `Credits for a monitoring period overlapping ${p.from} – ${p.to} have already been issued for this project (issuance ${p.issuanceId}).` },
    zh: { title: '监测期已签发', detail: (p) => `本项目与 ${p.from} 至 ${p.to} 重叠的监测期已签发过减排量（签发记录 ${p.issuanceId}）。` },
  },
  project_not_registered: {
    en: { title: 'Project not registered', detail: (p) => `The project is ${p.status}; credits can be issued only for a registered project.` },
    zh: { title: '项目未登记', detail: (p) => `项目状态为 ${p.statusZh ?? p.status}；只有已登记的项目才能签发减排量。` },
  },
  buffer_estimate_missing: {
    en: { title: 'No buffer percentage', detail: () => 'None of the project\'s saved estimates states a non-permanence buffer ratio; save an estimate of a crediting methodology for its sites first.' },
    zh: { title: '缺少缓冲比例', detail: () => '该项目已保存的估算均未给出非持久性风险缓冲比例；请先为其地块保存一次入账方法学估算。' },
  },
  reviewer_not_independent: {
    en: { title: 'Reviewer not independent', detail: () => 'This needs a reviewer of an exchange organisation other than the project owner\'s.' },
    zh: { title: '审核人不独立', detail: () => '此操作需要由项目业主以外的交易机构的审核人完成。' },
  },
}
