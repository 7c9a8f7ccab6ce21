import { beforeAll, describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/entities/extractEntities';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** The people found, each with the title written before it ('' when none). */
function peopleWithTitles(text: string): [string, string][] {
  return extractEntities(text, gazetteer)
    .filter((m) => m.kind === 'person')
    .map((m) => [m.text, m.title ?? '']);
}

function found(text: string, kind: string, g: Gazetteer | undefined = gazetteer): string[] {
  return extractEntities(text, g)
    .filter((m) => m.kind === kind)
    .map((m) => m.text);
}

describe('extractEntities', () => {
  it('finds a county and an unknown town written together', () => {
    expect(found('走进会宁县杨集镇就业车间', 'place')).toEqual(['会宁县', '杨集镇']);
  });

  it('finds provinces, cities, districts, streets and villages', () => {
    const places = found('甘肃省白银市会宁县的干部来到北京市东城区东华门街道，又去了走进张家湾村。', 'place');
    expect(places).toEqual(expect.arrayContaining(['甘肃省', '白银市', '会宁县', '北京市', '东城区', '东华门街道', '张家湾村']));
  });

  it('finds named zones with their region prefix', () => {
    const zones = extractEntities('企业落户靖远县枸杞加工产业园。', gazetteer).filter((m) => m.category === 'zone');
    expect(zones.map((m) => [m.text, m.form.text])).toEqual([['靖远县枸杞加工产业园', '枸杞加工']]);
  });

  it('does not take common nouns for places', () => {
    expect(found('全县各乡镇推进特色小镇建设，城区和市区道路通畅。', 'place')).toEqual([]);
  });

  it('finds organisations and reduces them to their own name', () => {
    const orgs = extractEntities('引进的兰州绿源达农业科技有限公司与会宁县人民医院、天津市和平区人社局签约。', gazetteer).filter((m) => m.kind === 'org');
    expect(orgs.map((m) => [m.text, m.form.text, m.category])).toEqual([
      ['兰州绿源达农业科技有限公司', '绿源达', 'company'],
      ['会宁县人民医院', '', 'hospital'],
      ['天津市和平区人社局', '人社', 'bureau'],
    ]);
  });

  it('reads no count, pointer or preposition into the name of an organisation (多家银行, 由于银行, 关于公司)', () => {
    const orgs = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => m.text);
    expect(orgs('记者走访了多家银行，各家银行的利率不一。')).toEqual([]);
    expect(orgs('由于银行收紧了贷款，一些公司资金吃紧。')).toEqual([]);
    expect(orgs('上述银行和不少学校都已整改，个别医院仍在排查。')).toEqual([]);
    expect(orgs('合同约定，甲方（下称安达公司）负责供货。').filter((o) => o.includes('下称'))).toEqual([]);
    expect(orgs('这次调整后，兰州绿源达公司的订单增加了。')).toEqual(['兰州绿源达公司']);
  });

  it('reads a department joined by 和 whole (国家发展和改革委员会, 省林业和草原局), and a plain 和 as a conjunction', () => {
    const orgs = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => m.text);
    expect(orgs('国家发展和改革委员会近日发布通知。')).toEqual(['国家发展和改革委员会']);
    expect(orgs('临河县林业和草原局组织了巡查，还与临河县人力资源和社会保障局开展培训。')).toEqual(['临河县林业和草原局', '临河县人力资源和社会保障局']);
    expect(orgs('兰州绿源达公司和安达食品公司签了约。')).toEqual(['兰州绿源达公司', '安达食品公司']);
  });

  it('reads no verb that takes a body into its name (要求|天峰公司, 送到|医院, 发挥|行业协会)', () => {
    const orgs = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => m.text);
    expect(orgs('监管部门要求安达食品公司限期整改。')).toEqual(['安达食品公司']);
    expect(orgs('病人被及时送到县人民医院救治，随后进入方舱医院观察。').filter((o) => /送到|进入/.test(o))).toEqual([]);
    expect(orgs('要充分发挥行业协会的作用，鼓励商业银行让利。').filter((o) => /发挥|鼓励/.test(o))).toEqual([]);
    expect(orgs('不少农户把土地交给合作社，县里还要加快建好县级医院。').filter((o) => /交给|加快/.test(o))).toEqual([]);
    expect(orgs('各地要确保收治医院床位充足，做好学校开学准备，取消证券公司的一项收费。').filter((o) => /确保|做好|取消/.test(o))).toEqual([]);
    // 联合 ends a name read back, but 联合国 starts one.
    expect(orgs('联合国儿童基金会与兰州绿源达公司联合甘肃安达食品公司捐赠了物资。')).toEqual(['联合国儿童基金会', '兰州绿源达公司', '甘肃安达食品公司']);
    // A verb not listed, since names hold it, stays inside the name it belongs to.
    expect(orgs('兰州资源循环利用中心今年处理废旧家电两万台。')).toEqual(['兰州资源循环利用中心']);
  });

  it('reads no conjunction, adverb or time word that opens a clause into a name (因为|学校, 如今|食品公司)', () => {
    const orgs = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => m.text);
    expect(orgs('因为学校离家太远，他每天五点起床。')).toEqual([]);
    expect(orgs('为了学校的发展，他四处奔走。')).toEqual([]);
    expect(orgs('如今河湾食品公司的订单排到了年底。')).toEqual(['河湾食品公司']);
    expect(orgs('老人一直住在医院里，后来合作社派人照看。')).toEqual([]);
    expect(orgs('大家维系学校的正常运转。')).toEqual([]);
    expect(orgs('村支书带领合作社社员外出考察，突击队员奔赴医院。')).toEqual([]);
  });

  it('reads no word for kin or a role as a name (母亲|说, 师傅|说, 作家|文艺家), and still the name after them', () => {
    const people = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'person').map((m) => m.text);
    expect(people('许久，母亲才说，那就留下吧。老师傅说，这活急不得。他是人民喜爱的作家文艺家。')).toEqual([]);
    expect(people('许久，村民陈立说，那就留下吧。')).toEqual(['陈立']);
  });

  it('reads a calling in arts, science or business as a title before a name (艺术家阎肃, 经济学家), as 作家 is', () => {
    expect(peopleWithTitles('晚会后，老艺术家阎肃说，这首歌写的是海岛上的哨兵。')).toEqual([['阎肃', '艺术家']]);
    expect(peopleWithTitles('首席经济学家孟繁岭认为，消费将继续回暖；科学家韦佳宁也出席了论坛。')).toEqual([
      ['孟繁岭', '经济学家'],
      ['韦佳宁', '科学家'],
    ]);
  });

  it('gives 首都医科大学 and 日本广播协会 a form of their own, and none to prose where 都 does something', () => {
    const forms = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => `${m.text}/${m.form.text}`);
    expect(forms('首都医科大学与日本广播协会合作拍片。')).toEqual(['首都医科大学/首都医科', '日本广播协会/日本广播']);
    expect(forms('护士长每天都在医院值守。')).toEqual(['护士长每天都在医院/']);
  });

  it('reads a county named like a verb or a clause opener (会同, 比如) as the word before a name', () => {
    const orgs = (text: string) => extractEntities(text, gazetteer).filter((m) => m.kind === 'org').map((m) => m.text);
    expect(orgs('财政部会同兰州绿源达公司开展调研，比如安达食品公司也在其中。')).toEqual(['兰州绿源达公司', '安达食品公司']);
    expect(orgs('会同县人民医院扩建了病房。')).toEqual(['会同县人民医院']);
  });

  it.each<[string, string, [string, string][]]>([
    [
      'in bylines, after titles and before attribution verbs',
      '记者 陈晓 通讯员 马建军\n合作社执行董事付海燕说，今年增产。副主任医师欧阳明表示满意。“很好。”王德明介绍。',
      [['陈晓', '记者'], ['马建军', '通讯员'], ['付海燕', '执行董事'], ['欧阳明', '副主任医师'], ['王德明', '']],
    ],
    [
      'after titles of public life and before statement verbs, but not documents or bodies',
      '国务委员王建中出席会议。\n王建中强调，要抓好春耕。\n文件指出，春耕要早。方案认为，农资要足。\n赵立新指出，各村要备足化肥。',
      [['王建中', '国务委员'], ['王建中', ''], ['赵立新', '']],
    ],
    [
      'after a title at the length the draft writes the name again, and no name the draft never repeats',
      '社区主任杨春燕所在的小区有八百户。\n杨春燕带着志愿者挨家挨户登记。\n副主任李明所在的楼栋也在登记。',
      [['杨春燕', '主任'], ['杨春燕', '']],
    ],
    [
      'of two characters after a title, not the verb or preposition after them (赵萍|说, 李强|在, 村民|来说)',
      '市农业农村局局长孙萍说，今年夏粮丰收。\n副市长周强在会上作了部署。\n村支书王立正说，路修好了。\n对普通村民来说，路好走了。',
      [['孙萍', '局长'], ['周强', '副市长'], ['王立正', '村支书']],
    ],
  ])('finds people %s', (_, text, people) => {
    expect(peopleWithTitles(text)).toEqual(people);
  });

  it('reads a name after a title no longer than the words after it allow', () => {
    // 代表 and 带来 follow the name: 周海, not 周海代 and 周海带.
    expect(peopleWithTitles('县林业局副局长周海代表说，今年很关键。周海带来了三份建议。')).toEqual([['周海', '副局长'], ['周海', '']]);
    // 应当 is a word, not a surname and a given name.
    expect(peopleWithTitles('办公室负责人应当接待来访群众。机关应当接收群众来信。')).toEqual([]);
  });

  it('reads a name written before its title or a form of address after a clear break (周海明主席, 李晓峰同志)', () => {
    expect(peopleWithTitles('周海明主席会见了代表团。')).toEqual([['周海明', '主席']]);
    // A form of address is no role: the person has no title to be told apart by.
    expect(peopleWithTitles('会上，李晓峰同志指出，工作要抓实。')).toEqual([['李晓峰', '']]);
    expect(peopleWithTitles('国家副主席会见了代表团。应美国总统邀请，代表团出访。')).toEqual([]);
    expect(peopleWithTitles('公安部长出席了会议。高级教授和全党同志都来了。')).toEqual([]);
    // A division before its own office is the place, not a person: 白银市|市长, 会宁县|县长.
    expect(peopleWithTitles('白银市市长周海明说，项目已经开工。会宁县县长出席了仪式。')).toEqual([['周海明', '市长']]);
    // 同志 after a titled name is the form of address, not the preposition 同 (…罗干等同志).
    expect(peopleWithTitles('国务委员周海明等同志出席。')).toEqual([['周海明', '国务委员']]);
  });

  it('reads a titled name whole before a time, a preposition, an adverb or a verb of office, written once (副主席周海明今天会见…)', () => {
    expect(peopleWithTitles('市政协副主席周海明今天会见了来访的客人。')).toEqual([['周海明', '副主席']]);
    expect(peopleWithTitles('县长李晓峰昨天在座谈会上通报了情况。')).toEqual([['李晓峰', '县长']]);
    expect(peopleWithTitles('会长周海明同来访的代表团举行了会谈。')).toEqual([['周海明', '会长']]);
    expect(peopleWithTitles('院长李晓峰已签字同意。')).toEqual([['李晓峰', '院长']]);
    expect(peopleWithTitles('副市长周海明访问了三家企业。')).toEqual([['周海明', '副市长']]);
    // 明天 is the time, not the end of a name: 王明 or 王明天 is left unread.
    expect(peopleWithTitles('书记王明天要去省里开会。')).toEqual([]);
  });

  it('ends a dotted name after a title where the prose after it begins (迈克尔·瑞安|的话, |当天, |教授)', () => {
    const people = (text: string) => found(text, 'person');
    expect(people('研究中心主任艾哈迈德·卡里姆的报告写道，降雨偏少。')).toEqual(['艾哈迈德·卡里姆']);
    expect(people('该组织执行主任罗伯特·桑德斯当天抵达会场。')).toEqual(['罗伯特·桑德斯']);
    expect(people('首席工程师康斯坦丁·瑟罗耶日金近日来访。')).toEqual(['康斯坦丁·瑟罗耶日金']);
    expect(people('村党支部书记买买提·阿不都热合曼介绍，今年棉花增产。')).toEqual(['买买提·阿不都热合曼']);
    // A last part of one character, or of two with 赞 in it (赞 writes names by sound too).
    expect(people('前首相安娜·梅的助手确认了行程。')).toEqual(['安娜·梅']);
    expect(people('卫生部长卡琳·比赞表示，疫苗已运抵。')).toEqual(['卡琳·比赞']);
    expect(people('大会主席拉尔斯·温特赞赏这一做法。')).toEqual(['拉尔斯·温特']);
  });

  it('reads the name in a photo credit', () => {
    expect(peopleWithTitles('游客在湖边赏花。\n周海明摄（新华社发）\n图为新建的车站。 李晓摄')).toEqual([['周海明', '摄影'], ['李晓', '摄影']]);
    // 拍摄 and 航拍 are no credits: the characters before 摄 must start with a surname and stand after a break.
    expect(peopleWithTitles('他们一起拍摄了纪录片。')).toEqual([]);
  });

  it('does not take pronouns or adverbs before 说 for names', () => {
    expect(found('。他高兴地说，大家表示赞同。', 'person')).toEqual([]);
  });

  it('reads 和, 向 and 但 before a word as a conjunction or preposition, not a surname', () => {
    expect(found('会议由村支书和委员共同主持，村支书和委员都发了言。', 'person')).toEqual([]);
    expect(found('此后，向记者介绍情况的是一位老人。', 'person')).toEqual([]);
    expect(found('大家都赞成，但校长表示还要再议。', 'person')).toEqual([]);
    expect(found('县长向群众拜年，县长向群众致谢。', 'person')).toEqual([]);
    // A name after them still counts: 和 and 向 are surnames too.
    expect(peopleWithTitles('社长向东明介绍了经过。')).toEqual([['向东明', '社长']]);
    expect(peopleWithTitles('。于海波说，活动很成功。')).toEqual([['于海波', '']]);
  });

  it('reads a name after 的 before an attribution verb, and no noun there (亲历此事的周海明回忆说, 的谈话|中说)', () => {
    expect(peopleWithTitles('亲历了这场抢险的周海明回忆说，那天水很大。')).toEqual([['周海明', '']]);
    expect(found('他在会后发表的谈话中说，合作前景广阔。', 'person')).toEqual([]);
    expect(found('对多数中年以上的国人来说，这个词并不陌生。', 'person')).toEqual([]);
    expect(found('双方以签约的方式表示了合作的诚意。', 'person')).toEqual([]);
  });

  it('reads no person in the name of a body before a statement verb (卫生部表示, 基金公司认为, 业内人士指出)', () => {
    expect(found('。卫生部表示，将加快修订标准。', 'person')).toEqual([]);
    expect(found('。国资委指出，央企要带头。某基金公司认为，行情仍有反复。', 'person')).toEqual([]);
    expect(found('。金融界人士表示，利率将保持稳定。', 'person')).toEqual([]);
    expect(peopleWithTitles('。金立部说，活动很成功。')).toEqual([]);
    expect(peopleWithTitles('。金立新说，活动很成功。')).toEqual([['金立新', '']]);
  });

  it('reads no name between a title and the verb right after it, nor in 应当说', () => {
    expect(found('会上，县委书记强调：要把好事办好。', 'person')).toEqual([]);
    expect(found('应当说，今年的收成比往年好。', 'person')).toEqual([]);
    // An adverb or preposition opening what the titled person did: 关于, 明确, 高度.
    expect(found('落实县委书记关于秋收的部署。县委书记明确要求抓紧秋收。', 'person')).toEqual([]);
    expect(peopleWithTitles('县委书记高明远表示，秋收进展顺利。')).toEqual([['高明远', '书记']]);
    expect(peopleWithTitles('会上，县委书记张立明强调，要把好事办好。')).toEqual([['张立明', '书记']]);
    // 作者单位：the byline's institution.
    expect(peopleWithTitles('（作者单位：某某大学经济学院）\n作者 单立新')).toEqual([['单立新', '作者']]);
  });

  it('finds Latin-script names, full-width included', () => {
    expect(found('合作方Greenfield Farms与ＡＢＣ公司签约。', 'latin')).toEqual(['Greenfield Farms', 'ＡＢＣ']);
  });

  it('still finds towns and organisations without the gazetteer', () => {
    expect(found('走进会宁县杨集镇就业车间', 'place', undefined)).toEqual(['会宁县', '杨集镇']);
    expect(found('甘肃绿源达食品有限公司', 'org', undefined)).toEqual(['甘肃绿源达食品有限公司']);
  });

  it('keeps offsets on the draft text', () => {
    const text = '第一段。\n走进会宁县杨集镇。';
    for (const m of extractEntities(text, gazetteer)) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(text.slice(m.form.start, m.form.end)).toBe(m.form.text);
    }
  });
});
