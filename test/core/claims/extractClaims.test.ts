import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { MAX_CHECKLIST_CLAIMS } from '../../../src/core/claims/checklistLimit';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';

const draft = readFileSync(new URL('../../fixtures/review/draft.txt', import.meta.url), 'utf8');

/** The checklist rows of one type for `text`, as the checker reads them. */
function rows(type: string, text: string, gazetteer?: Gazetteer): string[] {
  return extractClaims(text, gazetteer).filter((c) => c.type === type).map((c) => c.span.text);
}

describe('extractClaims', () => {
  const claims = extractClaims(draft);
  const of = (type: string): string[] => claims.filter((c) => c.type === type).map((c) => c.span.text);

  it('finds numbers with their units, dates not counted as numbers', () => {
    expect(of('number')).toEqual(['4.2万亩', '1.8万吨', '12.5%', '三成', '86人', '1203人次']);
  });

  it('finds full dates, month-day dates and their weekday', () => {
    expect(of('date')).toEqual(['2024年3月15日', '6月2日（周五）']);
  });

  it('reads a day of the month written alone as a date where news writes one (21日在, 13日上午), not a count of days', () => {
    const typed = (text: string) => extractClaims(text).filter((c) => c.type === 'date' || c.type === 'number').map((c) => `${c.type}:${c.span.text}`);
    expect(typed('副县长李明21日在临河县调研，当地时间13日上午会议开幕，展会5日至7日举行。')).toEqual(['date:21日', 'date:13日', 'date:5日', 'date:7日']);
    expect(typed('三日游很受欢迎，3日内办结，第5日复查，连续3日降温。')).not.toContainEqual(expect.stringMatching(/^date:/));
  });

  it('labels people with the title written before the name', () => {
    const people = claims.filter((c) => c.type === 'person').map((c) => c.label);
    expect(people).toEqual(['记者 王立新', '总经理 赵文博', '副主任医师 钱静', '村民 孙大海']);
  });

  it('lists the organisations and places the entity extractor finds, a place inside an organisation once', () => {
    const mentions = extractEntities(draft, undefined);
    const orgs = mentions.filter((m) => m.kind === 'org').map((m) => m.text);
    expect(of('organization')).toEqual(orgs);
    expect(of('organization')).toEqual(expect.arrayContaining(['临河县农业农村局', '青禾食品有限公司']));
    const inOrg = (m: { start: number; end: number }) => mentions.some((o) => o.kind === 'org' && o.start <= m.start && m.end <= o.end);
    expect(of('place')).toEqual(mentions.filter((m) => m.kind === 'place' && !inOrg(m)).map((m) => m.text));
    expect(of('place')).toContain('北沟镇');
  });

  it('finds quotations with their speakers, before or after the quote', () => {
    const quotes = claims.filter((c) => c.type === 'quote').map((c) => c.label);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^“今年订单.*” — 总经理赵文博$/);
    expect(quotes[1]).toMatch(/^“这项改革.*” — 村民孙大海$/);
    expect(extractClaims('他说：“好”。')).toEqual([]);
    expect(extractClaims('所谓“三变”改革').filter((c) => c.type === 'quote')).toEqual([]);
  });

  it('takes no name-giving verb or adverb for a speaker, and lists no quoted list of terms or title as a statement', () => {
    const quotes = (text: string) => extractClaims(text).filter((c) => c.type === 'quote').map((c) => c.label);
    expect(quotes('临河县薯业协会（以下简称“薯协”）成立。')).toEqual([]);
    expect(quotes('我这枚曾经的“小土豆”很是感慨。')).toEqual([]);
    expect(quotes('全县推行“早发现、早报告、早隔离、早治疗”的做法，举办“丰收的喜悦——临河县农民摄影作品展”。')).toEqual([]);
    expect(quotes('墙上写着“群众的满意就是我们工作的最高标准”。')).toEqual(['“群众的满意就是我们工作的最高标准”']);
  });

  it('lists claims in draft order with spans that slice the text', () => {
    for (let i = 1; i < claims.length; i++) expect(claims[i]!.span.start).toBeGreaterThanOrEqual(claims[i - 1]!.span.start);
    for (const c of claims) expect(draft.slice(c.span.start, c.span.end)).toBe(c.span.text);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });

  it('keeps claim ids when the draft is edited elsewhere', () => {
    const edited = `新增的一段导语，与下文无关。\n${draft.replace('村民孙大海说', '村民孙大海笑着说')}`;
    const before = new Map(claims.map((c) => [c.id, c.span.text]));
    const after = extractClaims(edited);
    const kept = after.filter((c) => before.get(c.id) === c.span.text);
    // Only ids whose 8-character context reaches the edits may change: the first claim's (its
    // context reached the old start) and the quote's and its speaker's (next to the edit).
    expect(kept.length).toBeGreaterThanOrEqual(claims.length - 3);
    expect(after.find((c) => c.span.text === '1.8万吨')!.id).toBe(claims.find((c) => c.span.text === '1.8万吨')!.id);
  });

  it('reads other date and number forms', () => {
    const text = '2023-07-10公布的数据显示，二〇二二年出口增长3个百分点，共有1,250家企业参与。';
    const found = extractClaims(text).map((c) => `${c.type}:${c.span.text}`);
    expect(found).toEqual(expect.arrayContaining(['date:2023-07-10', 'date:二〇二二年', 'number:3个百分点', 'number:1,250家']));
    expect(found.filter((f) => f.startsWith('number:'))).toEqual(['number:3个百分点', 'number:1,250家']);
  });

  it('lists one claim per type and text, counting how often the draft states it', () => {
    const text = '北沟镇今年种下3万亩苹果。北沟镇去年也种了3万亩。镇里说，北沟镇的果园还要扩大。';
    const found = extractClaims(text).map((c) => `${c.type}:${c.span.text}×${c.occurrences}`);
    expect(found).toEqual(['place:北沟镇×3', 'number:3万亩×2']);
    const first = extractClaims(text)[0]!;
    expect(first.span.start).toBe(0);
  });

  it('gives a merged claim the same id wherever its first occurrence moves', () => {
    const text = '北沟镇今年种下3万亩苹果。';
    const moved = `开头加了一句话。${text}`;
    expect(extractClaims(moved).map((c) => c.id)).toEqual(extractClaims(text).map((c) => c.id));
  });

  it('lists organisations with a name of their own, not generic ones or clauses read back as zones', () => {
    const text =
      '参会单位包括上市公司、人力资源公司等，一家科技公司负责运营。该县投资建现代农业循环产业园，还有蔬菜产业园。青禾食品有限公司落户甘肃临河工业集中区。返乡大学生在95后返乡青年中不少。';
    const found = extractClaims(text).map((c) => `${c.type}:${c.span.text}`);
    expect(found).toEqual(expect.arrayContaining(['organization:青禾食品有限公司', 'place:甘肃临河工业集中区']));
    for (const generic of ['上市公司', '资源公司', '科技公司', '循环产业园', '蔬菜产业园', '大学', '返乡']) expect(found.filter((f) => f.includes(generic))).toEqual([]);
  });

  it('lists no kind of body said alone (方舱医院, 手机银行, 互联网公司) unless a region names it, no city centre, and no 局 that is a round or a state of play', () => {
    const text =
      '疫情期间全市改建了方舱医院，病人先送往定点医院。储户多用手机银行办理业务，商业银行纷纷降息。企业设立研发中心，与行业协会合作。' +
      '开局良好，形势喜人，逐步扭转被动局面。比赛中她先输一局，第二局扳回。临河方舱医院昨日休舱，中建一局承建的北沟镇学校竣工，临河县农业农村局到场。' +
      '不少互联网公司和运输公司把总部搬到了兰州市中心，兰州绿源达运输公司也在其中。';
    const found = extractClaims(text).map((c) => `${c.type}:${c.span.text}`);
    const orgs = found.filter((f) => f.startsWith('organization:')).map((f) => f.slice('organization:'.length));
    for (const generic of ['方舱医院', '定点医院', '手机银行', '商业银行', '研发中心', '行业协会', '互联网公司', '运输公司']) expect(orgs).not.toContain(generic);
    expect(orgs.filter((o) => o.endsWith('中心') && o.includes('市'))).toEqual([]);
    expect(orgs.filter((o) => o.endsWith('局'))).toEqual(['中建一局', '临河县农业农村局']);
    expect(orgs).toEqual(expect.arrayContaining(['临河方舱医院', '中建一局', '临河县农业农村局', '兰州绿源达运输公司']));
  });

  it('lists no run of kind words said alone (定点收治医院, 大型商业银行, 国际金融中心), and still a body a region names', () => {
    const text = '重症患者转入定点收治医院，大型商业银行下调利率，国外知名大学发来邀请，国际金融中心建设提速。临河收治医院扩建了病房。';
    expect(rows('organization', text)).toEqual(['临河收治医院']);
  });

  it('lists no hall (展厅, 营业厅), no which-or-how-many after a region (上海各大医院), no village centre (中心村), and reads a kind with its trade words (高科技公司)', () => {
    const text =
      '展品放在二楼展厅，银行营业厅排起长队。病人走遍上海各大医院，甘肃相关医院也来会诊。记者来到北沟镇河口中心村。' +
      '一批高科技公司和甘肃科技型公司落户。临河县农业农村局、甘肃中心医院和兰州绿源达公司展厅都在这条街上，乐团在卡内基音乐厅演出。';
    expect(rows('organization', text)).toEqual(['临河县农业农村局', '甘肃中心医院', '兰州绿源达公司', '卡内基音乐厅']);
  });

  it('lists no role a place plays (上海国际金融中心, 科创中心), no level said alone (县级融媒体中心), and still a centre with a trade (金融服务中心)', () => {
    const text = '上海国际金融中心建设提速，科创中心建设起步，县级融媒体中心开通，区域医疗中心落地。临河县金融服务中心主任介绍了情况。';
    expect(rows('organization', text)).toEqual(['临河县金融服务中心']);
  });

  it('lists a body its region alone names (四川大学, 中国银行), and no Chinese one, no place\'s centre, no pointed-at one', () => {
    const text = '四川大学与中国银行签约，中国公司和中国医院也来了。全国委员会开会，某医院派人参加，甘肃中心很热闹。';
    expect(rows('organization', text)).toEqual(['四川大学', '中国银行']);
  });

  it('with the gazetteer, lists a body a city or a division written in full names (武汉大学, 会宁县人民医院), not one a county written short does (公安|局)', async () => {
    const gazetteer = await testGazetteer();
    const text = '武汉大学的专家来到会宁县人民医院，公安局民警维持秩序，岔河乡中心人来人往。';
    expect(rows('organization', text, gazetteer)).toEqual(['武汉大学', '会宁县人民医院']);
  }, 60_000);

  it('lists no state of play (开新局, 变局, 饭局), no central task (国家中心|工作), no 中学 whose 学 is the verb, and still 民政局 and 文广新局', () => {
    const text =
      '要于变局中开新局，推掉饭局，围绕党和国家中心工作，在游泳中学会游泳，引导商业银行让利，健全行业协会。' +
      '甘肃省民政局、临河县文广新局、国家安全局和临河县融媒体中心的工作人员到场，她在甘肃疾控中心工作。';
    expect(rows('organization', text)).toEqual(['甘肃省民政局', '临河县文广新局', '国家安全局', '临河县融媒体中心', '甘肃疾控中心']);
  });

  it('lists no top-so-many or counted schools (十大研发中心, 万所学校), no kind of school or committee, and reads 正如 and 出席 as prose', () => {
    const text = '正如兰州绿源达公司董事长所说，全省建成十大研发中心，万所学校和县城学校都有了人民调解委员会。代表团出席二十国集团峰会。';
    expect(rows('organization', text)).toEqual(['兰州绿源达公司', '二十国集团']);
  });

  it('lists no unknown place read back over a verb that takes a body (加强|社区, 鼓励|村)', () => {
    const text = '各地要加强社区防控，鼓励村干部带头，时任村支书的他深入社区走访。北沟镇小河村修了路。';
    expect(rows('place', text)).toEqual(['北沟镇', '小河村']);
  });

  it('lists no unknown place that a clause opener starts (如今|社区, 后来|村)', () => {
    const text = '活动室建好后，如今社区的老人天天来；后来村里也修了一间。北沟镇小河村修了路。';
    expect(rows('place', text)).toEqual(['北沟镇', '小河村']);
  });

  it('lists no kind of place said alone (城乡社区, 建制村), no place a stop word or a pointer is read into (推动社区, 某村), and still a village', () => {
    const text = '城乡社区和建制村都通了网，智慧社区也在推动社区治理。干部下沉社区，走访过某村。北沟镇小河村修了路。';
    expect(rows('place', text)).toEqual(['北沟镇', '小河村']);
  });

  it('lists no clause read back into a name: a counted organisation, prose before a generic', () => {
    const text = '境外一家公司发来订单。说好了去年底不进村，他们以车站关切中心为界。北沟镇小河村修了路。';
    const found = extractClaims(text).map((c) => `${c.type}:${c.span.text}`);
    expect(found.filter((f) => f.startsWith('organization:'))).toEqual([]);
    expect(found.filter((f) => f.startsWith('place:'))).toEqual(['place:北沟镇', 'place:小河村']);
  });

  it('reads nothing inside the excluded ranges (page chrome)', () => {
    const body = '北沟镇今年种下3万亩苹果。';
    const footer = '\n版权所有 某某县融媒体中心 2024年';
    const text = body + footer;
    const all = extractClaims(text).map((c) => c.span.text);
    expect(all).toContain('2024年');
    const kept = extractClaims(text, undefined, [{ start: body.length, end: text.length }]).map((c) => c.span.text);
    expect(kept).toEqual(['北沟镇', '3万亩']);
  });

  it('extracts the claims of a text far longer than a news draft, up to the checklist limit', () => {
    const text = Array.from({ length: MAX_CHECKLIST_CLAIMS + 4_000 }, (_, i) => `今年全县新增就业岗位${i + 1}个。`).join('');
    expect(text.length).toBeGreaterThan(200_000);
    const claims = extractClaims(text);
    expect(claims).toHaveLength(MAX_CHECKLIST_CLAIMS);
    expect(claims[MAX_CHECKLIST_CLAIMS - 1]!.span.text).toBe(`${MAX_CHECKLIST_CLAIMS}个`);
    // A claim already listed is still counted past the limit.
    expect(extractClaims(`${text}今年全县新增就业岗位1个。`)[0]!.occurrences).toBe(2);
  });
});
