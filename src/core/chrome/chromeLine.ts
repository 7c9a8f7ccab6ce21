/**
 * What a line of web-page furniture looks like, by wording and shape. Each test is meant for
 * the lines at the head or tail of a draft (pageChrome decides where to look), never for the body.
 */
export type ChromeLine = ChromeAnchor | 'contact' | 'notice' | 'organisation';
/** Lines strong enough on their own to mark page furniture; the others count only after one of these. */
export type ChromeAnchor = HeadChrome | 'copyright' | 'editor';
/** The furniture found above an article. */
export type HeadChrome = 'breadcrumb' | 'stamp' | 'widget';

const BREADCRUMB_LABEL = /^(?:您?(?:当前|现在)(?:的)?(?:所在)?位置|所在位置|当前页面)\s*[:：]/;
const BREADCRUMB_SEPARATOR = /\s*(?:>>|>|»|＞|›)\s*/;
const SENTENCE_PUNCTUATION = /[。，！？；]/;
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;
const STAMP_LABEL = /(?:来源|作者|发布时间|发布日期|发布|浏览|阅读|点击|编辑|字号|字体)\s*(?:[:：]|次数)/;
const WIDGET_WORDS = /分享到|分享|打印本页|打印|关闭窗口|关闭本页|关闭|扫一扫|收藏本页|收藏|返回顶部|返回首页|纠错|字体|字号|大\s*中\s*小|微信|微博|朋友圈|QQ空间|QQ|【|】|\[|\]|[|｜:：\s]/g;
const WIDGET_WORD = /分享到|打印|关闭窗口|扫一扫|字体[:：]?\s*大\s*中\s*小|返回顶部|收藏本页/;
const QR_PROMPT = /^扫一扫/;
const COPYRIGHT_HEADING = /^(?:版权声明|免责声明|版权说明|郑重声明|特别声明)\s*[:：]?$/;
/** A notice line starts with its wording (a body sentence can mention 版权所有 in passing) or carries a © / ICP number. */
const COPYRIGHT_LINE = /^[(（【[]?\s*(?:(?:版权|免责)(?:声明|说明)\s*[:：]|版权所有|未经.{0,24}(?:授权|许可|同意)|本(?:文|稿|网|站|报).{0,12}(?:版权|转载)|转载请注明|如需转载|严禁转载|禁止转载|谢绝转载)|©|copyright|ICP[备证]/i;
const EDITOR = /^[(（【[]?\s*(?:责任编辑|责编|编辑|审核|校对|终审|初审|复审|监制|值班编辑|编审)\s*[:：]/;
const CONTACT = /(?:如需|如有|若需|如要).{0,30}(?:致电|联系|电话|来电|来函|邮箱)|(?:联系电话|电话|邮箱|传真)\s*[:：]/;
const NOTICE_SUBJECT = /版权|著作权/;
const NOTICE_TERMS = /转载|授权|摘编|复制|侵权|追究|法律责任|使用/;
const ORGANISATION = /(?:中心|集团|报社|日报|晚报|新闻网|网站|网|社|公司|电视台|广播电台|编辑部|办公室|委员会)$/;
const ANY_PUNCTUATION = /[\p{P}]/u;

/** Classifies one trimmed line, or returns undefined when it reads as article text. */
export function chromeLine(line: string): ChromeLine | undefined {
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (isWidget(line)) return 'widget';
  if (line.length <= 150 && DATE.test(line) && STAMP_LABEL.test(line) && !line.includes('。')) return 'stamp';
  if (COPYRIGHT_HEADING.test(line) || (line.length <= 80 && COPYRIGHT_LINE.test(line))) return 'copyright';
  if (line.length <= 60 && EDITOR.test(line)) return 'editor';
  if (line.length <= 120 && CONTACT.test(line) && /\d{5,}|@/.test(line.replace(/-/g, ''))) return 'contact';
  if (NOTICE_SUBJECT.test(line) && NOTICE_TERMS.test(line)) return 'notice';
  if (line.length <= 30 && ORGANISATION.test(line) && !ANY_PUNCTUATION.test(line)) return 'organisation';
  return undefined;
}

export function isChromeAnchor(kind: ChromeLine | undefined): kind is ChromeAnchor {
  return kind === 'copyright' || kind === 'editor' || isHeadChrome(kind);
}

export function isHeadChrome(kind: ChromeLine | undefined): kind is HeadChrome {
  return kind === 'breadcrumb' || kind === 'stamp' || kind === 'widget';
}

function isBreadcrumb(line: string): boolean {
  if (BREADCRUMB_LABEL.test(line)) return true;
  if (line.length > 120 || SENTENCE_PUNCTUATION.test(line)) return false;
  const segments = line.split(BREADCRUMB_SEPARATOR);
  if (segments.length < 2) return false;
  const short = segments.every((s) => s.trim().length > 0 && s.trim().length <= 20);
  return short && (segments.length >= 3 || /^首页/.test(line));
}

/** A line made only of share/print/font controls (分享到 微信 微博 | 打印 | 关闭窗口), or a QR prompt. */
function isWidget(line: string): boolean {
  if (line.length <= 30 && QR_PROMPT.test(line)) return true;
  return line.length <= 80 && WIDGET_WORD.test(line) && line.replace(WIDGET_WORDS, '').length <= 2;
}
