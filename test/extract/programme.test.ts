// Programme and slogan recognizers on sentences taken from the seed reports (seed and line noted).
import { describe, expect, it } from 'vitest';
import { isNamedMention } from '../../src/extract/index.js';
import { extract } from '../../src/extract/run.js';
import {
  glossaryProgrammes,
  lexiconProgrammes,
  patternProgrammes,
  quotedProgrammes,
} from '../../src/extract/programme/index.js';
import { classifyQuoted } from '../../src/extract/programme/classify.js';
import { regions } from '../../src/extract/region.js';
import { reportOf } from '../fixtures/report.js';

const PROGRAMME_RECOGNIZERS = [quotedProgrammes, glossaryProgrammes, lexiconProgrammes, patternProgrammes];
const named = (text: string, region = '浑源县') =>
  extract(reportOf(text, { region }), PROGRAMME_RECOGNIZERS).map((m) => `${m.type}:${m.name}`);
/** named() in a county report of a known province. */
const inProvince = (text: string, province: string, region = '某县') => {
  const report = reportOf(text, { region });
  report.region = { name: region, level: 'county', province };
  return extract(report, PROGRAMME_RECOGNIZERS).map((m) => `${m.type}:${m.name}`);
};
/** The type classifyQuoted gives the quoted `inner` between `before` and `after` (null: not an entity). */
const typeOf = (inner: string, before: string, after: string, regionNames: string[] = []) =>
  classifyQuoted({ inner, before, after, regionNames })?.type ?? null;

describe('quoted terms', () => {
  it('drops the generic word outside the quotes (seed 000, 营商环境)', () => {
    expect(named('深化“承诺制+标准地+全代办”改革，实行重大项目“一事一议”。')).toEqual([
      'programme:承诺制+标准地+全代办',
      'programme:一事一议',
    ]);
  });

  it('maps a lexicon spelling to its canonical name (新时代“枫桥经验”, seed 002 last paragraph)', () => {
    expect(named('坚持和发展新时代“枫桥经验”“浦江经验”，妥善化解各类矛盾纠纷。')).toEqual([
      'programme:枫桥经验',
      'programme:浦江经验',
    ]);
  });

  it('names the glossary expansion of 两不一欠 by the bundle (seed 000)', () => {
    expect(named('深化“新官不理旧账、政策不兑现、拖欠民营企业账款”专项治理行动。')).toEqual(['programme:两不一欠']);
  });

  it("types a region's own lines as slogans (seed 000 opening, seed 002 回眸2023)", () => {
    expect(named('坚定不移地推进“举文化生态牌、建特色休闲城、走旅游康养路”发展战略。')).toEqual([
      'slogan:举文化生态牌、建特色休闲城、走旅游康养路',
    ]);
    expect(named('紧紧围绕稷山县委“1185”工作思路，恪尽职守。', '稷山县')).toEqual(['slogan:1185工作思路']);
    expect(named('持续放大“全境恒山、全景浑源”全域旅游格局。')).toEqual(['slogan:全境恒山、全景浑源']);
  });

  it('leaves a strategy’s numbered line carried out with no body named to the region (sentences written for the test)', () => {
    // a verb of carrying out alone: the region's own line
    expect(named('我们遵循落实“3456”工作思路，扎实推进各项工作。')).toEqual(['slogan:3456工作思路']);
    // with the body above it named: the city's line
    expect(named('我们认真落实市委“3456”工作思路。')).toEqual(['programme:3456工作思路']);
    // a campaign's noun is no strategy's: carried out, it is a programme as before
    expect(named('我们认真落实“3456”行动。')).toEqual(['programme:3456行动']);
    // what is asked after the line's noun belongs to the sentence (按照…要求), not to the line's name
    expect(named('我们按照市委“3456”发展目标要求，扎实推进各项工作。')).toEqual(['programme:3456发展目标']);
    expect(named('全面完成市委“2468”战略部署任务。')).toEqual(['programme:2468战略部署']);
    // a requirement alone after the number is the line's noun, as before
    expect(named('我们认真落实市委“3456”工作要求。')).toEqual(['programme:3456工作要求']);
  });

  it('ignores rhetorical quotes (seed 001 and 002)', () => {
    expect(named('这是总书记为我们指明的“金光大道”。')).toEqual([]);
    expect(named('打出项目建设“加速度”，推动“走出去”“引进来”。')).toEqual([]);
    expect(named('让城市更“绿”更“美”。')).toEqual([]);
    expect(named('是实施“十四五”规划承上启下的重要一年。')).toEqual([]);
    // an assessment's grade
    expect(named('通过国家试点评估获评“合格城市”，被评为“优秀单位”。')).toEqual([]);
    // a trial gone through
    expect(named('面对疫情和经济下行的“双重”考验，顶住“三重”压力。')).toEqual([]);
    // the short name of a pair of bodies
    expect(named('由“两办”督查室通报，村“两委”班子带头落实。')).toEqual([]);
    expect(named('新增“两院”院士2位，配合“两院”开展工作。')).toEqual([]);
  });

  it('classifies by context: a numbered bundle with a generic word is a programme', () => {
    expect(classifyQuoted({ inner: '三个一批', before: '开展四次', after: '活动，集中', regionNames: [] })?.type).toBe(
      'programme',
    );
    expect(classifyQuoted({ inner: '组合拳', before: '促增收', after: '。', regionNames: [] })).toBeNull();
  });

  it('types parallel beats named as pilots or projects after the quotes as a programme (seed 002)', () => {
    const pilots = '绿色减污降碳、能源合同管理、农村综合改革、全省医养结合';
    expect(typeOf(pilots, '下大力气实施好', '四大试点项目,申报', ['稷山'])).toBe('programme');
    // the same beats with no such word after them stay a slogan
    expect(typeOf('全境恒山、全景浑源', '打造', '，推动', ['浑源'])).toBe('slogan');
  });

  it('lets the word after a run of quotes name each of them (seed 002, seed 001)', () => {
    expect(typeOf('百名院士稷山行', '平台建设和', '“运才兴运”专项行动,', ['稷山'])).toBe('programme');
    expect(typeOf('多事项集成办理', '”', '等服务,优化')).toBe('programme');
    // brands named by the word after the run are slogans when they are the government's or the
    // place's (sentence written for the test); products' brands are none (test/extract/quote-uses)
    expect(typeOf('一次办', '打造', '“马上办”政务服务品牌。', ['平遥'])).toBe('slogan');
    expect(typeOf('平遥牛肉', '擦亮', '“平遥漆器”品牌。', ['平遥'])).toBe('slogan');
    // without a programme word the region's name inside the quotes still makes a slogan
    expect(typeOf('幸福稷山', '建设', '，', ['稷山'])).toBe('slogan');
  });

  it('types a region’s own numbered structures as slogans, counted campaigns and numbered programmes as programmes (seed 001)', () => {
    expect(typeOf('六大基地', '打造', ',第一产业增加值增长')).toBe('slogan');
    expect(typeOf('四条全产业链', '打造', ',打造优质玉米')).toBe('slogan');
    expect(typeOf('三个一批', '打造', '活动,集中')).toBe('programme');
    expect(typeOf('十大专项行动', '打造', ',推动')).toBe('programme');
  });

  it('types three to five counted acts as a method, a programme, and counted things or places not (sentences written for the test)', () => {
    expect(typeOf('三促一保一防', '扎实做好', '工作，经济')).toBe('programme');
    expect(typeOf('两扫一测一登记', '落细落实', '，安装')).toBe('programme');
    // (稳 is a state the acts reach: an adjective to jieba)
    expect(typeOf('两稳一保一控', '围绕', '，聚力')).toBe('programme');
    // counted things and a layout of places stay the region's own
    expect(typeOf('两册一书一卡', '编制', '，落实')).toBe('slogan');
    expect(typeOf('一港两城三带', '构建', '发展格局')).toBe('slogan');
  });

  it('types campaigns counted by their generic word as programmes, the region’s own or a body’s above (sentences written for the test)', () => {
    expect(named('深入实施“八大行动”，经济稳中向好。')).toEqual(['programme:八大行动']);
    expect(named('全面实施“十项行动计划”，完成年度任务。')).toEqual(['programme:十项行动计划']);
    expect(named('组织开展“四大专项行动”，整治成效明显。')).toEqual(['programme:四大专项行动']);
    expect(named('扎实推进“十三大巩固提升工程”。')).toEqual(['programme:十三大巩固提升工程']);
    // the generic word outside the quotes is dropped, as for a programme, and not added as the line's noun
    expect(named('扎实开展“四个年”活动，作风持续好转。')).toEqual(['programme:四个年']);
    expect(named('扎实推进“六大升级”工程。')).toEqual(['programme:六大升级']);
    // a body above, or a verb of carrying out what came from above: the parent's, a programme too
    expect(named('全面落实市委“六大行动”部署。')).toEqual(['programme:六大行动']);
    expect(named('认真落实“八大工程”。')).toEqual(['programme:八大工程']);
    // the lexicon's own stays a programme
    expect(named('坚决打好“三大攻坚战”。')).toEqual(['programme:三大攻坚战']);
    // a count of ones names a method, not a list: the other rules decide
    expect(named('深入实施“五个一”工程。')).toEqual(['programme:五个一']);
  });

  it('takes the actions listed before the region’s own counted campaigns as its parts (a sentence written for the test)', () => {
    const found = extract(
      reportOf('全面实施产业提质、城乡融合、民生改善等“三大行动”。', { region: '某某县' }),
      PROGRAMME_RECOGNIZERS,
    );
    expect(found.filter(isNamedMention).map((m) => `${m.type}:${m.name}:${m.partOf ?? ''}`)).toEqual([
      'programme:产业提质:三大行动',
      'programme:城乡融合:三大行动',
      'programme:民生改善:三大行动',
      'programme:三大行动:',
    ]);
  });

  it('keeps the traditional surface as an alias', () => {
    const text = '以“千万工程”为牵引。';
    const original = '以“千萬工程”為牽引。';
    const [m] = extract(reportOf(text, { original, region: '浑源县' }), PROGRAMME_RECOGNIZERS);
    expect(m?.name).toBe('千万工程');
    expect(m?.aliases).toContain('千萬工程');
  });

  it('keeps a quoted part of a bundle named in the same report as its own programme, part of the bundle (seed 001)', () => {
    const text = '纵深推进“承诺制+标准地+全代办”改革。实行“承诺制”项目116个。';
    const found = extract(reportOf(text, { region: '朔州市' }), PROGRAMME_RECOGNIZERS);
    expect(found.filter(isNamedMention).map((m) => [m.name, m.partOf])).toEqual([
      ['承诺制+标准地+全代办', undefined],
      ['承诺制', '承诺制+标准地+全代办'],
    ]);
  });
});

describe('unquoted programmes', () => {
  it('finds a zone linked to a pilot free trade zone by its head, the zone it is linked to inside it (sentences written for the test)', () => {
    expect(named('我区获批浙江自贸试验区联动创新区，推进河北自贸区廊坊联动创新区建设。', '平湖市')).toEqual([
      'programme:浙江自贸试验区联动创新区',
      'programme:河北自贸区廊坊联动创新区',
    ]);
  });

  it('finds X长制 and lexicon spellings (seed 000 生态)', () => {
    expect(named('全面落实田长制、河湖长制、林长制。')).toEqual([
      'programme:田长制',
      'programme:河湖长制',
      'programme:林长制',
    ]);
    // sentences written for the test: streets and bays have chiefs too; 家长制 (patriarchy) is no system
    expect(named('推行街长制、巷长制，开展湾长制试点，破除家长制作风。')).toEqual([
      'programme:街长制',
      'programme:巷长制',
      'programme:湾长制',
    ]);
  });

  it('finds national programmes of rural land, food safety and old revolutionary areas unquoted (sentences written for the test)', () => {
    expect(
      named(
        '完成农村土地承包经营权确权登记颁证，国家食品安全示范城市创建通过验收，创成国家农产品质量安全县，实施国家粮食丰产科技工程，推进赣南等原中央苏区振兴发展。',
      ),
    ).toEqual([
      'programme:农村土地承包经营权确权登记颁证',
      'programme:国家食品安全示范城市',
      'programme:国家农产品质量安全县',
      'programme:国家粮食丰产科技工程',
      'programme:赣南等原中央苏区振兴发展',
    ]);
    // by the short name the State Council's document gives the region (赣南苏区)
    expect(named('全市上下推动赣南苏区振兴发展迈出新步伐。', '赣州市')).toEqual(['programme:赣南等原中央苏区振兴发展']);
  });

  it('finds national programmes of rural industry, county towns and co-operatives unquoted (sentences written for the test)', () => {
    expect(
      named(
        '深入开展消费扶贫，建设田园综合体，培育农业产业化联合体，创建国家森林城市和国家园林城市，推进县城城镇化补短板强弱项，深化供销合作社综合改革，开展高素质农民培育。',
      ),
    ).toEqual([
      'programme:消费扶贫',
      'programme:田园综合体',
      'programme:农业产业化联合体',
      'programme:国家森林城市',
      'programme:国家园林城市',
      'programme:县城城镇化补短板强弱项',
      'programme:供销合作社综合改革',
      'programme:高素质农民培育',
    ]);
    // 棚户区改造 is a field of work unquoted, as 老旧小区改造 is; quoted, the programme
    expect(named('完成棚户区改造1200户。')).toEqual([]);
    expect(named('深入实施“棚户区改造”。')).toEqual(['programme:棚户区改造']);
  });

  it('reads quotes and the words after them as the longest lexicon name they make (“两山”实践创新基地 is the base, not 两山; a sentence written for the test)', () => {
    expect(named('成功获评“两山”实践创新基地。')).toEqual(['programme:绿水青山就是金山银山实践创新基地']);
    // its spelling as written, the words after the quotes in it, is an alias
    const [base] = extract(reportOf('成功获评“两山”实践创新基地。', { region: '某县' }), PROGRAMME_RECOGNIZERS);
    expect(base?.aliases).toContain('两山实践创新基地');
    // (the words only, not the mark that ends the clause)
    const [hotline] = extract(reportOf('畅通“12345”热线。', { region: '某县' }), PROGRAMME_RECOGNIZERS);
    expect(hotline).toBeDefined();
    expect(hotline!.aliases ?? []).not.toContainEqual(expect.stringContaining('。'));
  });

  it('takes 两山 for the practice it names, quoted or in full, unlike the central formulas (sentences written for the test)', () => {
    expect(named('践行“两山”理念。')).toEqual(['programme:两山']);
    expect(named('坚持绿水青山就是金山银山，发展林下经济。')).toEqual(['programme:两山']);
    // (as the theory it is known as where it was first stated)
    expect(named('深入践行两山理论，培育生态产业。')).toEqual(['programme:两山']);
    // two characters unquoted are too short to be sure of; the formulas stay no programme
    expect(named('两山之间修通公路。')).toEqual([]);
    expect(named('深刻领悟“两个确立”，践行新发展理念。')).toEqual([]);
    // quoted before words of their own and a head, it starts the longer name; before a head alone it is the name
    expect(named('成功创建“两山”实践创新示范区。')).toEqual(['programme:两山实践创新示范区']);
    expect(named('建成“千万工程”示范村5个。')).toEqual(['programme:千万工程']);
    // (a level alone between the quotes and the head is no words of its own: the title is the programme's)
    expect(named('荣获“四好农村路”全国示范县、“千万工程”省级示范村。')).toEqual([
      'programme:四好农村路',
      'programme:千万工程',
    ]);
    expect(named('开展“扫黑除恶”问题专项行动。')).toEqual(['programme:扫黑除恶']);
  });

  it('takes a reform of government services for a method even when it was reached (“…通办”, “…合一”; a sentence written for the test)', () => {
    // how matters are handled, or counted papers merged: a method carried out, whatever verb reports it
    expect(named('不动产登记实现“一码通办”，规划审批实现“四规合一”“证照联办”，干部做到“知行合一”。')).toEqual([
      'programme:一码通办',
      'programme:四规合一',
      'programme:证照联办',
    ]);
    // (a state reached otherwise stays none: 实现“双清零”)
    expect(named('全县实现“双清零”。')).toEqual([]);
  });

  it('names a quoted campaign by its quote when only its years and a generic word follow (“…”三年行动计划; a sentence written for the test)', () => {
    expect(named('实施“强链”三年攻坚行动，启动“千企升级”五年行动计划，开展“金种子”企业培育三年行动。')).toEqual([
      'programme:强链',
      'programme:千企升级',
      // (words of its own before them make the longer name)
      'programme:金种子企业培育三年行动',
    ]);
  });

  it('names a quoted programme, not the title a place holds for it (“…”示范县, “…”改革试点; a sentence written for the test)', () => {
    // the programme the lexicon does not know is the quote: the place's title for it is no part of its name
    expect(named('荣获全国“绿色农资”示范县，承担“信用审批”改革试点，建成“绿色农资”服务示范县。')).toEqual([
      'programme:绿色农资',
      'programme:信用审批',
      // (words of its own between the quote and the title make the longer name)
      'programme:绿色农资服务示范县',
    ]);
  });

  it('finds national programmes of farming, rivers, rural leadership and enclaves unquoted (sentences written for the test)', () => {
    expect(
      named('推广大豆玉米带状复合种植，建设幸福河湖，落实五级书记抓乡村振兴，压实乡村振兴责任制，发展飞地经济。'),
    ).toEqual([
      'programme:大豆玉米带状复合种植',
      'programme:幸福河湖',
      'programme:五级书记抓乡村振兴',
      'programme:乡村振兴责任制',
      'programme:飞地经济',
    ]);
  });

  it('finds the national campaigns of public security and the courts’ mechanisms, quoted or not (sentences written for the test)', () => {
    expect(
      named('深入开展“昆仑”“净网”“断卡”专项行动，开展清朗行动，完善一站式多元解纷机制，落实谁执法谁普法普法责任制。'),
    ).toEqual([
      'programme:昆仑行动',
      'programme:净网行动',
      'programme:断卡行动',
      'programme:清朗行动',
      'programme:一站式多元解纷',
      'programme:谁执法谁普法',
    ]);
    // 诉源治理 is a field of work unquoted, the mechanism quoted
    expect(named('加强“诉源治理”。')).toEqual(['programme:诉源治理']);
  });

  it('finds the national programmes of rural tourism and the Grand Canal (sentences written for the test)', () => {
    expect(named('推进乡村旅游富民工程，抓住大运河文化保护传承利用机遇。')).toEqual([
      'programme:乡村旅游富民工程',
      'programme:大运河文化保护传承利用',
    ]);
  });

  it('finds the national pilots of city-level social governance and of social credit (sentences written for the test)', () => {
    expect(named('入选全国市域社会治理现代化试点，创成社会信用体系建设示范市。', '乌海市')).toEqual([
      'programme:市域社会治理现代化试点',
      'programme:社会信用体系建设示范城市',
    ]);
  });

  it('finds a city’s titles sought together by their count, quoted or not, as a programme (sentences written for the test)', () => {
    expect(named('四城联创广泛开展，扎实推进“五城同创”，深化三城共创工作，建设十三城联创。', '宜都市')).toEqual([
      'programme:四城联创',
      'programme:五城同创',
      'programme:三城共创',
    ]);
    // the count quoted and the joint creation after it: one name (the count alone is the cities built)
    expect(named('“三城”联创统筹推进，“四城”建设全面铺开。', '宜都市')).toEqual(['programme:三城联创', 'slogan:四城']);
  });

  it('finds provincial programmes harvested from the provinces’ own reports, in their provinces’ county reports (sentences written for the test)', () => {
    expect(named('全县深入实施十项重大工程，积极参与凤凰行动。', '云和县')).toEqual([
      'programme:十项重大工程',
      'programme:凤凰行动',
    ]);
    expect(named('扎实开展产业项目建设年活动，五个100项目进展顺利。', '东安县')).toEqual([
      'programme:产业项目建设年',
      'programme:五个100',
    ]);
    expect(named('主动融入辽东绿色经济区建设。', '新宾满族自治县')).toEqual(['programme:辽东绿色经济区']);
    expect(named('坚持以处理好“十三对关系”为根本方法。', '乃东区')).toEqual(['programme:十三对关系']);
    // a short numbered line is Henan's only in a Henan report: elsewhere four cards are anyone's
    expect(inProvince('全县持续打好四张牌。', '河南省')).toEqual(['programme:四张牌']);
    expect(inProvince('全县持续打好四张牌。', '山西省')).toEqual([]);
    // a province's work line the lexicon knows with its noun is that line, not the region's own
    expect(inProvince('锚定“3815”战略发展目标，奋力攻坚。', '云南省')).toEqual(['programme:3815战略发展目标']);
    // Shandong's economic circles named by their places (2020年山东省政府工作报告)
    expect(inProvince('积极融入胶东经济圈一体化发展，对接鲁南经济圈一体化。', '山东省')).toEqual([
      'programme:胶东经济圈一体化',
      'programme:鲁南经济圈一体化',
    ]);
    // Liaoning's campaign of 2018 (辽政办发〔2018〕10号), by its three beats or their short form
    // (in another province's report the beats are anyone's words)
    expect(inProvince('深入开展“重实干、强执行、抓落实”专项行动，“重强抓”各项任务全部完成。', '辽宁省')).toEqual([
      'programme:重实干、强执行、抓落实专项行动',
      'programme:重实干、强执行、抓落实专项行动',
    ]);
    expect(inProvince('全区上下重实干、强执行、抓落实，圆满完成任务。', '四川省')).toEqual([]);
    // Jiangxi's two requirements of 2019, the goal written out in full and the five advances (中国江西网, 2019-10-25)
    expect(
      inProvince(
        '锚定“在加快革命老区高质量发展上作示范、在推动中部地区崛起上勇争先”的目标定位，落实“五个推进”要求。',
        '江西省',
      ),
    ).toEqual(['programme:作示范、勇争先', 'programme:五个推进']);
    // Hainan's free-trade-port tax policies (海南自由贸易港建设总体方案, 2020; 财税〔2020〕31号 and 32号):
    // its zero tariffs and its two 15% income-tax rates, a percentage that names a policy only here
    expect(inProvince('落实“零关税”政策和“两个15%”所得税优惠，企业享受减免。', '海南省')).toEqual([
      'programme:零关税',
      'programme:两个15%',
    ]);
    // Guizhou's spirit of the new era by its four beats (习近平 to the province's delegation, 2017-10-19)
    expect(inProvince('全县干部弘扬“团结奋进、拼搏创新、苦干实干、后发赶超”精神。', '贵州省')).toEqual([
      'programme:新时代贵州精神',
    ]);
    // Inner Mongolia's path by its two beats (习近平 to its delegation, 2019-03-05); elsewhere a principle anyone states
    expect(inProvince('全旗坚持生态优先、绿色发展，推动经济高质量发展。', '内蒙古自治区')).toEqual([
      'programme:以生态优先、绿色发展为导向的高质量发展新路子',
    ]);
    expect(inProvince('全县坚持生态优先、绿色发展，推动经济高质量发展。', '江苏省')).toEqual([]);
    // the Northeast's three tasks (老字号, 原字号, 新字号; 习近平 in the Northeast, 2018-09) in its three provinces'
    // reports; elsewhere a region's own three tasks
    const northeast = 'programme:改造升级老字号、深度开发原字号、培育壮大新字号';
    expect(inProvince('围绕做好“三篇大文章”，加快老工业基地振兴。', '黑龙江省')).toContain(northeast);
    expect(inProvince('做好“三篇大文章”。', '吉林省')).toEqual([northeast]);
    expect(inProvince('做好“三篇大文章”。', '广东省')).toEqual(['slogan:三篇大文章']);
    // Guangdong's equipment belt west of the Pearl River (2015 plan) and Qinghai's four economies (2019)
    expect(inProvince('推进珠江西岸先进装备制造产业带建设。', '广东省')).toEqual([
      'programme:珠江西岸先进装备制造产业带',
    ]);
    expect(inProvince('培育四种经济形态，新的动能加快增长。', '青海省')).toEqual(['programme:四种经济形态']);
    // Shanxi's agricultural strategy, each character quoted (quotes of one character side by side are one line)
    expect(inProvince('深入实施农业“特”“优”战略，持续抓好乳业。', '山西省')).toEqual(['programme:特优']);
    expect(inProvince('实施农业特优战略。', '山西省')).toEqual(['programme:特优']);
    // Guizhou's two bottom lines, development's and ecology's (习近平's charge to the province)
    expect(inProvince('牢牢守住发展和生态“两条底线”，统揽全局。', '贵州省')).toEqual([
      'programme:守好发展和生态两条底线',
    ]);
    expect(inProvince('坚守发展和生态两条底线。', '贵州省')).toEqual(['programme:守好发展和生态两条底线']);
    // (elsewhere counted bottom lines quoted are still a programme, by their form: not Guizhou's)
    expect(inProvince('守住安全和稳定“两条底线”。', '河南省')).toEqual(['programme:两条底线']);
    // Hubei's two lines of its twelfth party congress (2022): the zone of four modernizations in step that its three
    // directly administered cities build, and its drive to strengthen the counties
    expect(inProvince('全市锚定建设四化同步发展示范区目标，深入实施强县工程。', '湖北省')).toEqual([
      'programme:四化同步发展示范区',
      'programme:强县工程',
    ]);
    // Shanghai's idea of the people's city (习近平 in Shanghai, 2019-11; 上海市委, 2020), by its short name too
    expect(inProvince('深入践行人民城市理念，坚持人民城市人民建、人民城市为人民。', '上海市')).toEqual([
      'programme:人民城市人民建、人民城市为人民',
      'programme:人民城市人民建、人民城市为人民',
    ]);
    // Guangzhou's charge (习近平 in Guangdong, 2018-10): an old city's new vigour
    expect(inProvince('推动老城市新活力取得新成效。', '广东省')).toEqual(['programme:老城市新活力']);
    // nor in a report whose province is not known
    expect(named('全县持续打好四张牌。')).toEqual([]);
  });

  it('finds national programmes of 2013-2026 harvested from the central documents (sentences written for the test)', () => {
    expect(named('认真开展党的群众路线教育实践活动和“三严三实”专题教育。')).toEqual([
      'programme:党的群众路线教育实践活动',
      'programme:三严三实专题教育',
    ]);
    expect(named('实施退牧还草工程，落实草原生态保护补助奖励政策，推进粮改饲试点。')).toEqual([
      'programme:退牧还草工程',
      'programme:草原生态保护补助奖励政策',
      'programme:粮改饲',
    ]);
    // the responsibility for farmland and grain whose fulfilment the provinces are assessed on (中办 国办, 2023)
    expect(named('压实耕地保护和粮食安全责任制。')).toEqual(['programme:耕地保护和粮食安全责任制']);
    // the four parties answerable for epidemic control (新型冠状病毒肺炎防控方案, 第九版, 2022), by name or spelled out
    expect(named('各单位压实“四方责任”，落实属地、部门、单位、个人四方责任。')).toEqual([
      'programme:四方责任',
      'programme:四方责任',
    ]);
    // the three things a county's budget must keep paid, by their short name too (中央经济工作会议, 2025), and the
    // Northeast's five securities (习近平, 2018-09 and 2023-09-07)
    expect(named('做好“六稳”“三保”工作，扛起维护“五大安全”使命。')).toEqual([
      'programme:六稳',
      'programme:基层三保',
      'programme:五大安全',
    ]);
    // the national title of a green-food raw-material base (中国绿色食品发展中心, its rules of building and management)
    expect(named('成功创建全国绿色食品原料标准化生产基地。')).toEqual(['programme:全国绿色食品原料标准化生产基地']);
    // two national plans for regions: a hub (国务院, 2021) and an old revolutionary base (国家发展改革委, 2016)
    expect(named('主动对接虹桥国际开放枢纽，用好川陕革命老区振兴发展规划政策。')).toEqual([
      'programme:虹桥国际开放枢纽',
      'programme:川陕革命老区振兴发展规划',
    ]);
    // the two parts of 两重两新 (2025年国务院政府工作报告) quoted one by one, with or without their words;
    // “两新”组织 is the category of new organizations, no programme
    expect(named('抢抓“两重”“两新”政策机遇，推进“两重”建设，落实两新政策。')).toEqual([
      'programme:两重',
      'programme:两新',
      'programme:两重',
      'programme:两新',
    ]);
    expect(named('加强“两新”组织党建，扩大两新组织覆盖。')).toEqual([]);
    // Hainan's free trade port (海南自由贸易港建设总体方案, 2020) by the plan's words; the port's own name stays a region's
    expect(named('推进中国特色自由贸易港建设，加快海南自由贸易港建设。', '海口市')).toEqual([
      'programme:海南自由贸易港建设',
      'programme:海南自由贸易港建设',
    ]);
    // the delivery of homes sold (中共中央政治局会议, 2024-04-30), beside the delivery of buildings (2022)
    expect(named('完成保交楼、保交房年度任务，打好保交房攻坚战。')).toEqual([
      'programme:保交楼',
      'programme:保交房',
      'programme:保交房',
    ]);
    // the national central cities (全国城镇体系规划, 2010) and the pilot of trade by market purchase (商务部, 2013-2020)
    expect(named('抢抓建设国家中心城市机遇，启动国家级市场采购贸易方式试点。')).toEqual([
      'programme:国家中心城市',
      'programme:市场采购贸易方式试点',
    ]);
    // zero-based budgeting (2025年国务院政府工作报告: 支持地方深化零基预算改革)
    expect(named('深化零基预算改革，财政资金统筹使用。')).toEqual(['programme:零基预算改革']);
    // the Northeast's pairs with the East (国办发〔2017〕22号), in either order
    expect(named('深化京沈对口合作，推动连沪对口合作项目落地。')).toEqual([
      'programme:京沈对口合作',
      'programme:沪连对口合作',
    ]);
    // source, grid, load and storage as one (发改能源规〔2021〕280号); the county's medical community, named
    // without 紧密型 too (国家卫生健康委, 2019 and 2023)
    expect(named('建设源网荷储一体化示范项目，推进县域医共体建设。')).toEqual([
      'programme:源网荷储一体化',
      'programme:紧密型县域医共体',
    ]);
    // state firms shed their social functions (国发〔2016〕19号); two central pilots (财政部 with 国家卫生健康委, 2022;
    // with 商务部, 2025)
    expect(named('完成剥离国有企业办社会职能工作。')).toEqual(['programme:剥离国有企业办社会职能']);
    // two national designations of farming areas (农业农村部: 2019 and 2020) and the pilot of the two sectors
    // merged (国家发展改革委, 2019), named by the pilot's words too
    expect(named('成功创建全国农村一二三产业融合发展先导区、中国特色农产品优势区。')).toEqual([
      'programme:全国农村一二三产业融合发展先导区',
      'programme:中国特色农产品优势区',
    ]);
    expect(named('两家企业入选先进制造业和现代服务业融合发展试点。')).toEqual(['programme:两业融合']);
    expect(named('争取公立医院改革与高质量发展示范项目，申报消费新业态新模式新场景试点城市。')).toEqual([
      'programme:公立医院改革与高质量发展示范项目',
      'programme:消费新业态新模式新场景试点',
    ]);
    // a province's designation of the same name is not the national one
    expect(named('全县5个村入选省级乡村旅游重点村。')).toEqual([]);
    expect(named('我县入选全国乡村旅游重点村。')).toEqual(['programme:全国乡村旅游重点村']);
  });

  it('finds the free trade port’s two lines and the supply-side guideline (sentences written for the test)', () => {
    expect(named('园区获批“一线”放开、“二线”管住进出口管理制度试点。', '海口市')).toEqual([
      'programme:一线放开、二线管住',
    ]);
    // (its four words and its short name, each a mention of it)
    expect(named('坚持巩固、增强、提升、畅通“八字”方针。')).toEqual(['programme:八字方针', 'programme:八字方针']);
    expect(named('聚焦“八字”方针深化供给侧结构性改革。')).toEqual(['programme:八字方针']);
  });

  it('finds the Yellow River strategy by its short name in the provinces on the river (sentences written for the test)', () => {
    expect(named('黄河重大国家战略纵深实施，重点项目完成投资。', '菏泽市')).toEqual([
      'programme:黄河流域生态保护和高质量发展',
    ]);
  });

  it('finds the epidemic’s methods, four earlies and four concentrations, in each spelling (sentences written for the test)', () => {
    expect(named('严格落实“四早要求”，坚持“四早”“四集中”原则。')).toEqual([
      'programme:四早',
      'programme:四早',
      'programme:四集中',
    ]);
    expect(named('坚持集中患者、集中专家、集中资源、集中救治，做到早发现、早报告、早隔离、早治疗。')).toEqual([
      'programme:四集中',
      'programme:四早',
    ]);
  });

  it('names a quoted term with the words after its footnote’s mark, and starts no name at the mark (sentences written for the test)', () => {
    const names = named('今年是“两区”[1]管理体制改革元年，推行“一网”〔2〕协同治理模式。');
    expect(names).toContain('programme:两区管理体制改革');
    expect(names.filter((n) => /[\]〕【】[]/.test(n))).toEqual([]);
  });

  it('finds the capital’s functions moved out under the Beijing-Tianjin-Hebei strategy, in each spelling (sentences written for the test)', () => {
    expect(named('坚定有序疏解北京非首都功能，推动产业转移。', '北京市')).toEqual(['programme:疏解北京非首都功能']);
    expect(named('以疏解非首都功能为牛鼻子，非首都功能疏解取得实效。', '东城区')).toEqual([
      'programme:疏解北京非首都功能',
      'programme:疏解北京非首都功能',
    ]);
  });

  it('finds the Yangtze delta’s G60 science corridor, with or without the delta’s name (sentences written for the test)', () => {
    expect(named('主动融入长三角G60科创走廊，深化G60科创走廊合作。', '上饶市')).toEqual([
      'programme:长三角G60科创走廊',
      'programme:长三角G60科创走廊',
    ]);
  });

  it('finds the hygiene titles of a county town and a township beside a city’s (sentences written for the test)', () => {
    expect(named('我县成功创建国家卫生县城，新增国家卫生乡镇2个。', '某县')).toEqual([
      'programme:国家卫生县城',
      'programme:国家卫生乡镇',
    ]);
  });

  it('finds the small firms’ city pilot and the wage-arrears campaign in its long spelling (sentences written for the test)', () => {
    expect(named('我市入选小微企业创业创新基地城市示范，根治拖欠农民工工资成效明显。', '某市')).toEqual([
      'programme:小微企业创业创新基地城市示范',
      'programme:根治欠薪',
    ]);
    // (small firms starting up are no pilot)
    expect(named('全县小微企业创业创新活跃。')).toEqual([]);
  });

  it('reads a lexicon spelling with characters it may hold set in parentheses, both ways (sentences written for the test)', () => {
    expect(named('全面落实河(湖)长制，推行林（草）长制。')).toEqual(['programme:河湖长制', 'programme:林长制']);
    // (parentheses after a name, or around words of no name, leave the names as they are)
    expect(named('全面推行林长制（2021年起），开展植树（造林）活动。')).toEqual(['programme:林长制']);
  });

  it('reads a lexicon line whose parts are quoted with a word between them whole (sentences written for the test)', () => {
    // (and names its parts, which the lexicon lists: 四新, 四化)
    expect(named('全县上下围绕“四新”主攻“四化”，奋力开创新局面。', '道真仡佬族苗族自治县')).toEqual([
      'programme:围绕四新主攻四化',
      'programme:四新',
      'programme:四化',
    ]);
    // quotes side by side are the names they quote, not the bundle they spell together
    expect(named('扎实做好“六稳”“六保”工作。')).toEqual(['programme:六稳', 'programme:六保']);
  });

  it('reads a province’s short spellings of its programmes only in its own reports (sentences written for the test)', () => {
    // Hubei's 支点建设 and Jiangxi's 省会引领 stand for the provinces' strategies in their reports only
    expect(inProvince('全力服务支点建设。', '湖北省')).toEqual(['programme:中部地区崛起重要战略支点']);
    expect(inProvince('全力服务支点建设。', '广西壮族自治区')).toEqual([]);
    expect(inProvince('深入实施省会引领战略。', '江西省')).toEqual(['programme:省会引领战略']);
    expect(inProvince('发挥省会引领作用。', '湖南省')).toEqual([]);
    // Beijing's master plan (中共中央 国务院 批复, 2017) and its ecological conservation area, the plan's zone of the
    // capital's mountain districts: 生态涵养区 is that zone in Beijing's reports only
    expect(inProvince('落实北京城市总体规划要求，立足生态涵养区功能定位。', '北京市', '延庆区')).toEqual([
      'programme:北京城市总体规划',
      'programme:北京生态涵养区',
    ]);
    expect(inProvince('建设生态涵养区，保护水源。', '河北省')).toEqual([]);
    // Jiangsu's numbered system and its programme of science deputies are named whole
    expect(inProvince('加快构建1650产业体系，用好科技镇长团。', '江苏省')).toEqual([
      'programme:1650产业体系',
      'programme:科技镇长团',
    ]);
  });

  it('finds the Yangtze fishing ban by the name of its work, and Hebei’s path (sentences written for the test)', () => {
    // 禁捕退捕: the basin's provinces' name for the ten-year ban's work (国务院办公厅, 2020 and 2024)
    expect(named('巩固禁捕退捕成果，做好退捕渔民安置保障。')).toEqual(['programme:长江十年禁渔']);
    // Hebei's ninth provincial party congress (2016): its path, in its own reports
    expect(inProvince('坚定不移走加快转型、绿色发展、跨越提升新路，经济稳中向好。', '河北省')).toEqual([
      'programme:加快转型、绿色发展、跨越提升',
    ]);
  });

  it('finds Fujian’s 新福建 blueprint, its short and its long spelling, beside the province’s tourism brand (sentences written for the test)', () => {
    expect(named('全县扭住新福建宏伟蓝图不放松，打响清新福建品牌。', '连江县')).toEqual([
      'programme:新福建',
      'programme:清新福建',
    ]);
    expect(named('奋力建设机制活、产业优、百姓富、生态美的新福建。', '连江县')).toEqual(['programme:新福建']);
  });

  it('finds the national programmes of the poverty campaign, the pandemic and the reforms of 2016-2022, unquoted (sentences written for the test)', () => {
    expect(named('巩固两不愁三保障成果，落实四个不摘要求，做好控辍保学工作，坚持六个精准。')).toEqual([
      'programme:两不愁三保障',
      'programme:四个不摘',
      'programme:控辍保学',
      'programme:六个精准',
    ]);
    expect(named('打好三大攻坚战，深化三去一降一补，完成国企改革三年行动，坚持外防输入、内防反弹。')).toEqual([
      'programme:三大攻坚战',
      'programme:三去一降一补',
      'programme:国企改革三年行动',
      'programme:外防输入、内防反弹',
    ]);
    expect(named('开展我为群众办实事实践活动，推行村党组织书记一肩挑，推广明厨亮灶，争创双安双创。')).toEqual([
      'programme:我为群众办实事',
      'programme:一肩挑',
      'programme:明厨亮灶',
      'programme:双安双创',
    ]);
    expect(named('推进城市双修，惠企政策免申即享，试行一业一证，开展上云用数赋智行动，支持两新一重建设。')).toEqual([
      'programme:城市双修',
      'programme:免申即享',
      'programme:一业一证',
      'programme:上云用数赋智',
      'programme:两新一重',
    ]);
    expect(named('落实空气质量持续改善行动计划，发放扶贫小额信贷，开展挂牌督战和携手奔小康行动。')).toEqual([
      'programme:空气质量持续改善行动计划',
      'programme:扶贫小额信贷',
      'programme:挂牌督战',
      'programme:携手奔小康',
    ]);
    expect(named('健全防止返贫动态监测和帮扶机制，推进水系连通及水美乡村建设试点。')).toEqual([
      'programme:防返贫动态监测',
      'programme:水系连通及水美乡村建设',
    ]);
    // a short spelling is its programme: 四好农路, 稳经济一揽子措施
    expect(named('开展美丽庭院创建，建设四好农路，落实稳经济一揽子措施。')).toEqual([
      'programme:美丽庭院',
      'programme:四好农村路',
      'programme:稳经济一揽子政策',
    ]);
  });

  it('names a pair of East-West cooperation by its provinces, 扶贫 dropped (sentences written for the test)', () => {
    expect(named('深化浙川协作，用好鲁渝扶贫协作资金，推进京蒙劳务协作。')).toEqual([
      'programme:浙川协作',
      'programme:鲁渝协作',
      'programme:京蒙协作',
    ]);
    // 京津冀 is a region, not a pair of the scheme
    expect(named('加强京津冀协作。')).toEqual([]);
  });

  it('keeps a pair as written as its alias, 帮扶 dropped too (a sentence written for the test)', () => {
    const pairs = extract(
      reportOf('深化闽宁帮扶协作，用好粤桂扶贫协作资金。', { region: '浑源县' }),
      PROGRAMME_RECOGNIZERS,
    );
    expect(pairs.map((m) => [m.name, m.aliases])).toEqual([
      ['闽宁协作', ['闽宁帮扶协作']],
      ['粤桂协作', ['粤桂扶贫协作']],
    ]);
  });

  it("names a pair's help written alone, 沪滇帮扶资金, by the pair (a sentence written for the test)", () => {
    const pairs = extract(
      reportOf('争取沪滇帮扶资金1.2亿元，京蒙帮扶项目30个。', { region: '浑源县' }),
      PROGRAMME_RECOGNIZERS,
    );
    expect(pairs.map((m) => [m.name, m.aliases])).toEqual([
      ['沪滇协作', ['沪滇帮扶']],
      // (a pair the lexicon spells, 京蒙帮扶, is its entry's, with the entry's traditional form)
      ['京蒙协作', ['京蒙帮扶', '京蒙協作']],
    ]);
    // 帮扶 after two provinces that are no pair names nothing
    expect(named('开展川渝帮扶活动。')).toEqual([]);
  });

  it('names a pilot the region was admitted to by the words between the verb of designation and 试点 (sentences written for the test)', () => {
    // its level, its batch and the ministry that runs it stand before the name, not in it
    expect(named('我县获批全国第二批农业社会化服务创新试点县。')).toEqual(['programme:农业社会化服务创新试点']);
    expect(named('纳入农业农村部农村产权流转交易规范化试点范围。')).toEqual(['programme:农村产权流转交易规范化试点']);
    expect(named('被确定为全省唯一的林下经济发展试点。')).toEqual(['programme:林下经济发展试点']);
    // without a verb of designation the words are work (推进…试点工作), and a clause is no name
    expect(named('推进养老服务体系建设试点工作。')).toEqual([]);
    expect(named('成为全省发展最快的县和绿色发展试点。')).toEqual([]);
    // its level may stand after the name (创成…建设国家试点县)
    expect(named('创成农村养老服务体系建设国家试点县。')).toEqual(['programme:农村养老服务体系建设试点']);
    // a pilot the lexicon knows keeps the lexicon's name
    expect(named('入选全国数字乡村试点。')).toEqual(['programme:数字乡村']);
    // a pilot the region starts or takes on is one too (启动, 承担)
    expect(named('启动城镇老旧小区改造新模式试点，承担省级农村供水管护试点任务。')).toEqual([
      'programme:城镇老旧小区改造新模式试点',
      'programme:农村供水管护试点',
    ]);
  });

  it('trims a rank before the name (全省唯一|…示范县, 首批|…示范区; sentences written for the test)', () => {
    expect(named('成为全省唯一国家知识产权强县建设示范县，入选首批农业产业融合发展示范区。')).toEqual([
      'programme:国家知识产权强县建设示范县',
      'programme:农业产业融合发展示范区',
    ]);
  });

  it('names the drive to be designated a lexicon zone by the zone (…示范区创建; sentences written for the test)', () => {
    // the words that lead the drive in (巩固, its level) are not its name
    expect(named('巩固省级全域旅游示范区创建成果。')).toEqual(['programme:全域旅游示范区']);
    // a zone the lexicon does not know keeps the drive's words
    expect(named('推进森林康养示范区创建。')).toEqual(['programme:森林康养示范区创建']);
  });

  it('takes a two-character numbered programme unquoted only before the word for what it is or beside its bundle’s other part (sentences written for the test)', () => {
    expect(named('扎实做好六稳工作、全面落实六保[1]任务，实现双碳目标，落实双减政策。')).toEqual([
      'programme:六稳',
      'programme:六保',
      'programme:双碳',
      'programme:双减',
    ]);
    // a bundle names its parts too, on its own words
    expect(named('扎实做好六稳六保工作。')).toEqual(['programme:六稳六保', 'programme:六稳', 'programme:六保']);
    // (so does a bundle whose parts stand in its words with others between them, 围绕“四新”主攻“四化” below; one
    // part of a longer name is not all the name says, 党政同责、一岗双责 names no 一岗双责 of its own)
    expect(named('严格落实党政同责、一岗双责。')).toEqual(['programme:党政同责、一岗双责']);
    // beside another part of its bundle it counts too (扎实六稳着力六保)
    expect(named('扎实六稳着力六保，稳住经济大盘。')).toEqual(['programme:六稳', 'programme:六保']);
    // alone, or before another word, two characters are too short to be sure of
    expect(named('六稳六稳，双碳双碳，落实双减。')).toEqual([]);
  });

  it('takes a two-character spelling that is no number the same way: 援疆工作 is 对口援疆 (sentences written for the test)', () => {
    const found = extract(
      reportOf('以新一轮援疆工作为契机，深化援藏工作。', { region: '浑源县' }),
      PROGRAMME_RECOGNIZERS,
    );
    expect(found.map((m) => [m.name, m.aliases])).toEqual([
      ['对口援疆', ['援疆']],
      ['对口援藏', ['援藏']],
    ]);
    expect(named('援疆干部和援藏干部到岗。')).toEqual([]);
  });

  it('names 三保障 written alone as 两不愁三保障, a spelling of it (a sentence written for the test)', () => {
    const found = extract(
      reportOf('“三保障”成果持续巩固，三保障工作全面落实。', { region: '浑源县' }),
      PROGRAMME_RECOGNIZERS,
    );
    expect(found.map((m) => [m.type, m.name, m.aliases?.includes('三保障')])).toEqual([
      ['programme', '两不愁三保障', true],
      ['programme', '两不愁三保障', true],
    ]);
  });

  it('finds a province’s programme unquoted in a report of that province, a short numbered one only there (sentences written for the test)', () => {
    expect(inProvince('围绕两聚一高目标，深入开展三服务活动。', '江苏省', '昆山市')).toEqual(['programme:两聚一高']);
    expect(inProvince('完成农村牧区十个全覆盖工程。', '内蒙古自治区', '正镶白旗')).toEqual(['programme:十个全覆盖']);
    expect(inProvince('推进新旧动能转换重大工程。', '山东省', '平度市')).toEqual(['programme:新旧动能转换重大工程']);
    // Shandong's programme by its short name; elsewhere the words are a phrase
    expect(inProvince('以新旧动能转换为主线，推动高质量发展。', '山东省', '平度市')).toEqual([
      'programme:新旧动能转换重大工程',
    ]);
    expect(inProvince('以新旧动能转换为主线，推动高质量发展。', '山西省', '平遥县')).toEqual([]);
    expect(inProvince('加快推进7个封关运作项目。', '海南省', '澄迈县')).toEqual(['programme:全岛封关运作']);
    // elsewhere 封关运作 is a bonded zone's customs opening, not Hainan's
    expect(inProvince('物流中心正式封关运作，口岸功能更加完善。', '湖北省', '仙桃市')).toEqual([]);
    expect(inProvince('扎实推动高质量发展建设共同富裕示范区。', '浙江省', '临海市')).toEqual([
      'programme:共同富裕示范区',
    ]);
    // Inner Mongolia's five tasks and Beijing's 七有五性 by their parts, in those regions only
    expect(
      inProvince('完成好“五大任务”，筑牢“两个屏障”，建设“两个基地”，打造“一个桥头堡”。', '内蒙古自治区', '正镶白旗'),
    ).toEqual(['programme:五大任务', 'programme:两个屏障', 'programme:两个基地', 'programme:一个桥头堡']);
    expect(inProvince('落实“七有”要求，满足“五性”需求。', '北京市', '怀柔区')).toEqual([
      'programme:七有',
      'programme:五性',
    ]);
    expect(inProvince('筑牢“两个屏障”。', '山西省', '平遥县')).toEqual(['slogan:两个屏障']);
    expect(inProvince('深入实施大扶贫战略行动，决战脱贫攻坚。', '贵州省', '湄潭县')).toContain(
      'programme:大扶贫战略行动',
    );
    expect(inProvince('深入开展三服务活动，加快疫后重振，实施强省会战略。', '浙江省', '临海市')).toEqual([
      'programme:三服务',
      'programme:疫后重振',
      'programme:强省会战略',
    ]);
  });

  it('finds a numbered bundle named unquoted, a programme whoever’s it is, not the party congress (sentences written for the test)', () => {
    expect(named('十大工程扎实推进，完成六大攻坚战项目。')).toEqual(['programme:十大工程', 'programme:六大攻坚战']);
    expect(named('实施九大冲刺行动集中攻坚。')).toEqual(['programme:九大冲刺行动']);
    // the battles for clean air, water and soil fought together (蓝天、碧水、净土三大保卫战) are such a bundle
    expect(named('蓝天、碧水、净土三大保卫战全面打响。')).toEqual(['programme:三大保卫战']);
    expect(named('全面落实省委十大工程。')).toEqual(['programme:十大工程']);
    expect(named('打好三大攻坚战。')).toEqual(['programme:三大攻坚战']);
    expect(named('学习党的二十大精神，实施二十大工程。')).toEqual([]);
  });

  it('takes an economic region’s name for the national strategy it names where the sentence pushes it on or calls it one, and for the region everywhere (sentences written for the test)', () => {
    const both = (text: string) =>
      extract(reportOf(text, { region: '浑源县' }), [regions, lexiconProgrammes])
        .filter((m) => m.type === 'programme' || m.surface !== '浑源')
        .map((m) => `${m.type}:${m.name}`);
    expect(both('深入推动成渝地区双城经济圈、长江经济带高质量发展等国家战略落地。')).toEqual([
      'programme:成渝地区双城经济圈建设',
      'region:成渝地区双城经济圈',
      'programme:长江经济带发展',
      'region:长江经济带',
    ]);
    expect(both('加快建设海南自由贸易港。')).toEqual(['programme:海南自由贸易港建设', 'region:海南自由贸易港']);
    // (a region named, merged into or worked with, is the region alone)
    expect(both('积极融入粤港澳大湾区，对接长江经济带。')).toEqual(['region:粤港澳大湾区', 'region:长江经济带']);
  });

  it('takes counted bottom or red lines a region holds to as a programme, quoted or after a verb that holds to them (sentences written for the test)', () => {
    expect(named('坚守“三条底线”，牢牢守住两条红线，狠抓“七项重点”。')).toEqual([
      'programme:三条底线',
      'programme:两条红线',
      'slogan:七项重点',
    ]);
    // (unquoted, only right after such a verb: 安全和稳定两条底线 names no programme)
    expect(named('坚守安全和稳定两条底线。')).toEqual([]);
  });

  it('trims a title kept (蝉联|…示范县; a sentence written for the test)', () => {
    expect(named('蝉联全国县域商业体系建设示范县。')).toEqual(['programme:县域商业体系建设示范县']);
    expect(named('获批2023年度中央财政支持普惠金融发展示范区。')).toEqual(['programme:中央财政支持普惠金融发展示范区']);
    expect(named('出台平遥太谷对口合作行动计划。')).toEqual(['programme:平遥太谷对口合作行动计划']);
  });

  it('names a three-year campaign with its span and its plan, not the government whose bundle it is (sentences written for the test)', () => {
    // …三年行动计划 keeps its 计划; a campaign of fostering (培育行动) is one, its span (三年) inside its name
    expect(named('实施平遥古城保护三年行动计划，成效明显。')).toEqual(['programme:平遥古城保护三年行动计划']);
    // (a numbered bundle or a chief system before the span is the name, as a quote would be: the span and
    // the generic word after it are none of its own)
    expect(named('实施政府八大工程三年行动计划，成效明显。')).toEqual(['programme:八大工程']);
    expect(named('深入实施林长制三年行动。')).toEqual(['programme:林长制']);
    expect(named('大力实施专精特新企业三年培育行动。')).toEqual(['programme:专精特新企业三年培育行动']);
    // (a hundred days, as jieba tags it, is such a span too: 百日|攻坚行动)
    expect(named('开展重点项目建设百日攻坚行动。')).toEqual(['programme:重点项目建设百日攻坚行动']);
    expect(named('持续开展中小企业五年倍增行动。')).toEqual(['programme:中小企业五年倍增行动']);
    // (a programme whose name starts with 政府 keeps it)
    expect(named('深化政府采购制度改革。')).toEqual(['programme:政府采购制度改革']);
  });

  it('keeps 可持续 inside a name and starts it after 晋升为 (sentences written for the test)', () => {
    expect(named('晋升为国家林业可持续发展试验示范区。')).toEqual(['programme:国家林业可持续发展试验示范区']);
    expect(named('成功晋升国家可持续发展试验区。')).toEqual(['programme:国家可持续发展试验区']);
  });

  it('names a count quoted alone by the bundle’s noun after it (sentences written for the test)', () => {
    expect(named('坚定实施“四大”发展战略。')).toEqual(['slogan:四大发展战略']);
    expect(named('深入实施“六大”行动。')).toEqual(['programme:六大行动']);
    // (a count alone before any other word still names nothing)
    expect(named('圆满完成“三大”任务。')).toEqual([]);
  });

  it('trims the manner before the verb too (高水平建设|共同富裕示范区; sentences written for the test)', () => {
    expect(named('高水平建设共同富裕示范区，高标准创建乡村振兴示范区。')).toEqual([
      'programme:共同富裕示范区',
      'programme:乡村振兴示范区',
    ]);
  });

  it('reads a kind counted after its head as no name (sentences written for the test)', () => {
    expect(named('今年承接省级以上改革试点8项。')).toEqual([]);
    expect(named('新创建省级以上美丽乡村示范县2个。')).toEqual([]);
    expect(named('成功创建美丽乡村示范县，带动全域发展。')).toEqual(['programme:美丽乡村示范县']);
    // and so is a kind with its count before it, the measure word in the name's words or before them
    expect(named('今年9项国省级改革试点全面完成。')).toEqual([]);
    expect(named('五项省级以上改革试点成效良好，新增3个美丽乡村示范县。')).toEqual([]);
  });

  it('names a designated trial zone by its head as a demonstration zone is (sentences written for the test)', () => {
    expect(named('深入推进农村改革试验区建设。')).toEqual(['programme:农村改革试验区']);
    expect(named('就吕梁山生态扶贫试验区工作作出重要指示。')).toEqual(['programme:吕梁山生态扶贫试验区']);
    // a kind counted is no name
    expect(named('新获批省级改革试验区3个。')).toEqual([]);
  });

  it('names a pioneer zone or county by its head too (…先行区, …先行县, …先导区; sentences written for the test)', () => {
    expect(named('我市成功入选国家人工智能创新应用先导区，深入推进全国数字乡村先行县创建。')).toEqual([
      'programme:国家人工智能创新应用先导区',
      'programme:数字乡村先行县',
    ]);
    // a zone the region builds itself into, no level named, is its positioning, as a 示范区 is
    expect(named('加快建设城乡融合发展先行区，创建省级城乡融合发展先行区。')).toEqual([
      'slogan:城乡融合发展先行区',
      'programme:城乡融合发展先行区',
    ]);
    // a kind counted is no name
    expect(named('新增省级电商物流先行县2个。')).toEqual([]);
  });

  it('reads a numbered line asked of the region (…要求) as a programme, unless given to it (sentences written for the test)', () => {
    expect(named('按照“三个走在前列”的要求，同心协力推进各项工作。')).toEqual(['programme:三个走在前列']);
    expect(named('紧扣“四个着力”重大要求，落实“两个加快”总要求。')).toEqual([
      'programme:四个着力',
      'programme:两个加快',
    ]);
    // the same line as the region's goal, or given to it by its own words, stays its own
    expect(named('奋力实现“三个走在前列”。')).toEqual(['slogan:三个走在前列']);
    expect(named('全县上下以“三个走在前列”为目标。')).toEqual(['slogan:三个走在前列']);
  });

  it('reads great tasks counted unquoted as a programme (sentences written for the test)', () => {
    expect(named('全力办好两件大事，经济稳中向好。')).toEqual(['programme:两件大事']);
    expect(named('统筹抓好稳定、发展、生态三件大事。')).toEqual(['programme:三件大事']);
    // a count inside a longer number, and small things, are none
    expect(named('办成十三件大事难事。')).toEqual([]);
    expect(named('为群众办好每一件小事。')).toEqual([]);
  });

  it('reads campaign years counted unquoted before their 活动 or 行动 as the bundle (sentences written for the test)', () => {
    expect(named('扎实开展“项目攻坚年”“服务提升年”两个年活动。')).toEqual([
      'programme:项目攻坚年',
      'programme:服务提升年',
      'programme:两个年',
    ]);
    expect(named('深入开展三个年行动，项目建设提速。')).toEqual(['programme:三个年']);
    // years as a span of time, and a count inside a longer number, are none
    expect(named('用三年时间完成改造，连续十三个年度考核优秀。')).toEqual([]);
  });

  it('reads a zone the region builds itself into as its positioning, a designation as a programme (sentences written for the test)', () => {
    // 建设, 打造, 建成 and a zone no level designates and the lexicon does not know: where the region means to go
    expect(named('加快建设山水康养融合发展示范区。')).toEqual(['slogan:山水康养融合发展示范区']);
    expect(named('奋力打造乡村振兴示范区。')).toEqual(['slogan:乡村振兴示范区']);
    expect(named('为建成晋南开放合作示范区奠定基础。')).toEqual(['slogan:晋南开放合作示范区']);
    // a level's designation, a verb of applying or winning, or a zone the lexicon knows: a programme
    expect(named('加快建设国家农业绿色发展示范区。')).toEqual(['programme:国家农业绿色发展示范区']);
    expect(named('成功创建山水康养融合发展示范区。')).toEqual(['programme:山水康养融合发展示范区']);
    expect(named('高水平建设共同富裕示范区。')).toEqual(['programme:共同富裕示范区']);
  });

  it('starts a name found by its head where the lexicon’s spelling of it starts (紧紧扭住|…; a sentence written for the test)', () => {
    expect(named('紧紧扭住农村人居环境整治提升行动这个重点。')).toEqual(['programme:农村人居环境整治提升行动']);
  });

  it('takes a count in words into a name found by its head (三项|制度改革; a sentence written for the test)', () => {
    expect(named('国企优化重组及三项制度改革取得成效。')).toEqual(['programme:三项制度改革']);
    // a national strategy named after its region counts unquoted, though it ends in 发展 or 建设
    expect(named('主动融入京津冀协同发展，抢抓成渝地区双城经济圈建设机遇。')).toEqual([
      'programme:京津冀协同发展',
      'programme:成渝地区双城经济圈建设',
    ]);
    // a quoted term right before the words is the name's start
    expect(named('成功创建“两山”实践创新示范区。')).toEqual(['programme:两山实践创新示范区']);
    // a rank name unquoted, with the work before it
    expect(named('（一）招商引资一号工程攻坚突破')).toEqual(['programme:招商引资一号工程']);
    // a work method unquoted, by its head
    expect(named('大力推行项目工作法，项目推进提速。')).toEqual(['programme:项目工作法']);
  });

  it('finds action and reform names by their heads, without the verb before them', () => {
    expect(named('深入实施国企改革深化提升行动。')).toEqual(['programme:国企改革深化提升行动']);
    expect(named('扎实推进集体林权制度改革。')).toEqual(['programme:集体林权制度改革']);
    // 县 and 市 are trimmed as the region's self-reference, not from 县域 or 市场 (sentence written for the test)
    expect(named('深化县域医疗卫生一体化改革。')).toEqual(['programme:县域医疗卫生一体化改革']);
    expect(named('9个村评为省级旅游示范村。')).toEqual([]);
  });

  it('takes glossary terms with their definitions and expansions (seed 001 相关注释)', () => {
    const report = reportOf('18.“两不一欠”:新官不理旧账、政策不兑现、拖欠民营企业账款。', { phase: 'glossary' });
    report.glossary = [
      {
        term: '18.“两不一欠”',
        definition: '新官不理旧账、政策不兑现、拖欠民营企业账款。',
        start: 0,
        end: report.text.length,
      },
    ];
    const [m] = extract(report, PROGRAMME_RECOGNIZERS);
    expect(m?.name).toBe('两不一欠');
    expect(m?.definition).toMatch(/^新官不理旧账/);
    expect(m?.aliases).toContain('新官不理旧账、政策不兑现、拖欠民营企业账款');
  });

  it('takes a glossary line named after the region or counting places it becomes as its slogan, and a campaign numbered in digits (sentences written for the test)', () => {
    const glossed = (line: string) => {
      const report = reportOf(line, { region: '浑源县', phase: 'glossary' });
      const colon = line.indexOf('：');
      const term = line.slice(line.indexOf('.') + 1, colon);
      report.glossary = [{ term, definition: line.slice(colon + 1), start: 0, end: line.length }];
      return extract(report, [glossaryProgrammes]).map((m) => `${m.type}:${m.name}`);
    };
    expect(glossed('1.三个浑源：富裕浑源、美丽浑源、幸福浑源。')).toEqual(['slogan:三个浑源']);
    // a counted set of places the region means to become, as quoted in the text
    expect(glossed('5.四个基地：打造全国重要的食品加工基地、新材料研发基地等四个基地。')).toEqual(['slogan:四个基地']);
    expect(glossed('2.2035工程：到2035年建成一批重点项目。')).toEqual(['programme:2035工程']);
    expect(glossed('3.三乡工程：市民下乡、能人回乡、企业兴乡。')).toEqual(['programme:三乡工程']);
    // a count explained is no term
    expect(glossed('4.3家企业：新认定的高新技术企业。')).toEqual([]);
  });

  it('never takes an entity from a noise span', () => {
    const report = reportOf('深化“承诺制+标准地+全代办”改革。');
    report.noise = [{ start: 2, end: 6 }];
    expect(extract(report, PROGRAMME_RECOGNIZERS)).toEqual([]);
  });

  it('gives exact offsets into the text', () => {
    const report = reportOf('一年来，全面落实田长制。\n以“千万工程”为牵引。', { region: '浑源县' });
    for (const m of extract(report, PROGRAMME_RECOGNIZERS)) expect(report.text.slice(m.start, m.end)).toBe(m.surface);
  });
});
