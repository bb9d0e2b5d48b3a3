// Report metadata of the five seeds, and the fallbacks when a report lacks the usual opening lines.
import { describe, expect, it } from 'vitest';
import { extractMeta, findYear, inferYear } from '../../src/structure/meta.js';
import { docOf, seedDoc } from '../fixtures/structure/seed.js';

describe('metadata of the seeds', () => {
  it('000: county, session line over two lines, speaker after 人民政府县长', () => {
    expect(extractMeta(seedDoc(0))).toEqual({
      region: { name: '浑源县', level: 'county', code: '140225', parent: '大同市', province: '山西省' },
      date: '2024-04-10',
      year: 2024,
      yearFrom: 'session',
      speaker: '赵昱清',
      speakerTitle: '县长',
      title: '政府工作报告',
      session: '第十八届人民代表大会第五次会议',
    });
  });

  it('001: a city report, its parent is the province', () => {
    expect(extractMeta(seedDoc(1))).toEqual({
      region: { name: '朔州市', level: 'city', code: '1406', parent: '山西省', province: '山西省' },
      date: '2024-02-27',
      year: 2024,
      yearFrom: 'session',
      speaker: '吴秀玲',
      speakerTitle: '市长',
      title: '政府工作报告',
      session: '第七届人民代表大会第四次会议',
    });
  });

  it('002: newspaper version, opening day 2月20日 with the year from 回眸2023, speaker inline', () => {
    expect(extractMeta(seedDoc(2))).toEqual({
      region: { name: '稷山县', level: 'county', code: '140824', parent: '运城市', province: '山西省' },
      date: '2024-02-20',
      year: 2024,
      yearFrom: 'session',
      speaker: '王润',
      speakerTitle: '县长',
      title: '政府工作报告',
      session: '第十七届人民代表大会第四次会议',
    });
  });

  it('003: a two-character county behind website chrome', () => {
    expect(extractMeta(seedDoc(3))).toEqual({
      region: { name: '吉县', level: 'county', code: '141028', parent: '临汾市', province: '山西省' },
      date: '2024-04-08',
      year: 2024,
      yearFrom: 'session',
      speaker: '牛永福',
      speakerTitle: '县长',
      title: '政府工作报告',
      session: '第十七届人民代表大会第四次会议',
    });
  });

  it('004: OCR newspaper, 县政府县长', () => {
    expect(extractMeta(seedDoc(4))).toEqual({
      region: { name: '长子县', level: 'county', code: '140428', parent: '长治市', province: '山西省' },
      date: '2024-04-24',
      year: 2024,
      yearFrom: 'session',
      speaker: '牛志强',
      speakerTitle: '县长',
      title: '政府工作报告',
      session: '第十七届人民代表大会第四次会议',
    });
  });
});

describe('fallbacks', () => {
  it('without a session line: the county the opening names most, at the level it calls itself (全县)', () => {
    const meta = extractMeta(
      docOf(
        '政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n过去一年，灵丘县全县上下奋力拼搏，大同市支持灵丘县建设。\n灵丘县经济稳中向好。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
    expect(meta.date).toBeUndefined();
    expect(meta.speaker).toBeUndefined();
  });

  it('the kind the report speaks for (我代表县人民政府) decides its level, over rankings in its city (居全市第2位)', () => {
    const meta = extractMeta(
      docOf(
        '各位代表：\n现在，我代表县人民政府向大会报告工作。\n这一年是灵丘县爬坡过坎之年。全县经济增长6%，居全市第2位；投资居全市第1位；消费居全市第3位。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
  });

  it('a short name the opening uses once, when the report says what it speaks for and names no other', () => {
    const once = extractMeta(
      docOf(
        '各位代表：\n现在，我代表县人民政府向大会报告工作。\n这一年是灵丘发展进程中极不平凡的一年，全县经济增长6%。',
      ),
    );
    expect(once.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
    // (the government named without 人民: 我代表县政府)
    const short = extractMeta(
      docOf('各位代表：\n现在，我代表县政府向大会报告工作。\n这一年是灵丘发展进程中极不平凡的一年，全县经济增长6%。'),
    );
    expect(short.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
    // without 我代表县人民政府, once is too little to go on
    const undeclared = extractMeta(docOf('各位代表：\n这一年是灵丘发展进程中极不平凡的一年，全县经济增长6%。'));
    expect(undeclared.region).toBeNull();
  });

  it('a short name the opening uses once, when its government speaks of itself by its kind at a clause’s start (sentences written for the test)', () => {
    const governed = extractMeta(
      docOf('工作回顾\n这一年是灵丘发展史上极不平凡的一年，县政府紧紧围绕中心工作，全县经济增长6%。'),
    );
    expect(governed.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
    // (a government of another kind, or one named inside other words, says nothing: 各县政府)
    const city = extractMeta(docOf('工作回顾\n这一年是灵丘发展史上极不平凡的一年，市政府紧紧围绕中心工作。'));
    expect(city.region).toBeNull();
    const counties = extractMeta(docOf('工作回顾\n这一年是灵丘发展史上极不平凡的一年，督促各县政府抓好落实。'));
    expect(counties.region).toBeNull();
  });

  it('no short name that is an ordinary word far more often (惠民生, 突破百亿元大关, 城关镇, 城中村, 城东片区, 新城建设; sentences written for the test)', () => {
    const words = extractMeta(
      docOf(
        '各位代表：\n现在，我代表县人民政府向大会报告工作。\n这一年是灵丘发展史上极不平凡的一年，着力惠民生，生产总值突破百亿元大关，城关镇面貌一新，城中村、城东片区、城西片区、城北片区改造和新城建设加快。',
      ),
    );
    expect(words.region).toMatchObject({ name: '灵丘县', parent: '大同市' });
  });

  it('no short name that jieba reads as a noun of action (合作: cooperation, not 合作市)', () => {
    const cooperation = extractMeta(
      docOf(
        '各位代表：\n现在，我代表市人民政府向大会报告工作。\n深化区域合作，推进落实28项重点合作事项，合作成果丰硕。',
      ),
    );
    expect(cooperation.region).toBeNull();
  });

  it('no short name in 新兴 (emerging: 战略性新兴产业, 新兴领域), not 新兴区 (sentences written for the test)', () => {
    const emerging = extractMeta(
      docOf('各位代表：\n现在，我代表区人民政府向大会报告工作。\n落地一批战略性新兴用房项目，新兴领域加快布局。'),
    );
    expect(emerging.region).toBeNull();
  });

  it('a name of the kind the report speaks for before a session line that names the city whose congress met', () => {
    const meta = extractMeta(
      docOf(
        '政府工作报告\n——2025年1月6日在大同市第十六届人民代表大会第三次会议上\n大同市云冈区人民政府区长 张某某\n各位代表：\n现在，我代表区人民政府向大会报告工作。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '云冈区', parent: '大同市' });
  });

  it('a title naming the city over a report that speaks for a district of it: the district the opening names (sentences written for the test)', () => {
    const district = (body: string) =>
      extractMeta(docOf(`大同市2024年政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n${body}`))
        .region;
    // by its short name, once
    expect(district('过去一年，全区上下奋力推动云冈高质量发展。')).toMatchObject({ name: '云冈区', parent: '大同市' });
    // in full, the most often of the districts named
    expect(district('平城区、云冈区协同发展，云冈区文旅融合走在前列。')).toMatchObject({ name: '云冈区' });
    // a district of another city is none of the title's: the title's city stays
    expect(district('学习借鉴小店区经验。')).toMatchObject({ name: '大同市' });
    // and so it does when the report speaks for the city
    expect(
      extractMeta(
        docOf('大同市2024年政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n云冈区文旅融合走在前列。'),
      ).region,
    ).toMatchObject({ name: '大同市' });
  });

  it('the region before 人民政府 on the speaker line, an acting title (代县长)', () => {
    const meta = extractMeta(docOf('政府工作报告\n怀仁市人民政府代市长 张某某\n各位代表：'));
    expect(meta.region).toMatchObject({ name: '怀仁市', level: 'county', parent: '朔州市' });
    expect(meta).toMatchObject({ speaker: '张某某', speakerTitle: '代市长' });
  });

  it('the region of a speaker line without a name, and of a session line without a date', () => {
    // the page left the county head's name out; the opening names the prefecture more often
    const unnamed = extractMeta(
      docOf('2023年政府工作报告\n平遥县人民政府县长\n各位代表：\n晋中市大局中，晋中市、晋中市发展，全市领先。'),
    );
    expect(unnamed.region).toMatchObject({ name: '平遥县', parent: '晋中市' });
    // the date on a line after the session line, then a garbled one (2023年3月8日 without 年 and 月)
    const later = extractMeta(
      docOf(
        '政府工作报告\n——在平遥县第十八届人民代表大会第五次会议上\n（2025年1月6日）\n各位代表：\n晋中市、晋中市，全市领先。',
      ),
    );
    expect(later.region).toMatchObject({ name: '平遥县', parent: '晋中市' });
    const garbled = extractMeta(
      docOf('202338日在平遥县第十八届人民代表大会第次会议上\n各位代表：\n晋中市、晋中市，全市。'),
    );
    expect(garbled.region).toMatchObject({ name: '平遥县', parent: '晋中市' });
  });

  it('the region the opening sentence speaks for (我代表龙岗区人民政府), when no other line names it', () => {
    const meta = extractMeta(
      docOf('各位代表：\n现在，我代表小店区人民政府向大会作工作报告，请予审议。全市大局中全区领先。'),
    );
    expect(meta.region).toMatchObject({ name: '小店区', level: 'district', parent: '太原市' });
  });

  it('no county of one character and 县 out of the end of a word (示范县 is not 范县)', () => {
    const meta = extractMeta(
      docOf(
        '政府工作报告\n各位代表：\n获评全国绿色高质高效行动示范县和全省示范县，平遥经济增长，平遥人民幸福，全县上下团结奋斗。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '平遥县', parent: '晋中市' });
  });

  it('a county-level city that became a district since its report is today’s district', () => {
    // 海门市 (Jiangsu) has been 海门区 since 2020; 吴江市 吴江区 since 2012
    const meta = extractMeta(
      docOf('——2019年1月19日在海门市第十六届人民代表大会第三次会议上\n各位代表：\n全市经济增长。'),
    );
    expect(meta.region).toMatchObject({ name: '海门区', level: 'district', parent: '南通市', written: '海门市' });
    expect(
      extractMeta(docOf('——2011年1月9日在吴江市第十四届人民代表大会第五次会议上\n各位代表：')).region,
    ).toMatchObject({
      name: '吴江区',
      parent: '苏州市',
    });
  });

  it('a division abolished since its report is today’s successor, or itself when it was merged into several (sentences written for the test)', () => {
    // 蓟县 (Tianjin) became 蓟州区 in 2016: one successor under another short name
    expect(
      extractMeta(docOf('——2015年1月10日在蓟县第十六届人民代表大会第四次会议上\n各位代表：\n全县经济增长。')).region,
    ).toMatchObject({ name: '蓟州区', parent: '天津市', written: '蓟县' });
    // 江干区 (Hangzhou) was split between 上城区 and 钱塘区 in 2021: its reports speak for itself
    expect(
      extractMeta(docOf('——2020年1月15日在江干区第十五届人民代表大会第四次会议上\n各位代表：\n全区经济增长。')).region,
    ).toMatchObject({ name: '江干区', level: 'district', code: '330104', parent: '杭州市', province: '浙江省' });
  });

  it('a title line with the page’s (全文) after it, and its year', () => {
    const meta = extractMeta(docOf('（山西省）2021年平遥县人民政府工作报告（全文）\n各位代表：'));
    expect(meta).toMatchObject({ title: '2021年平遥县人民政府工作报告', year: 2021, yearFrom: 'title' });
  });

  it('a title line with the web page tag dropped', () => {
    expect(extractMeta(docOf('（山西省）2024年大同市浑源县人民政府政府工作报告\n各位代表：')).title).toBe(
      '2024年大同市浑源县人民政府政府工作报告',
    );
  });

  it('the region a title line names when there is no session or speaker line', () => {
    const county = extractMeta(
      docOf('2024年介休市政府工作报告\n各位代表：\n全市经济增长。晋中市全市大局中，全市领先。'),
    );
    // a county-level city says 全市 like its prefecture: the title, not the count, decides
    expect(county.region).toMatchObject({ name: '介休市', level: 'county', parent: '晋中市' });
    const district = extractMeta(docOf('太原市小店区人民政府工作报告\n各位代表：\n全市大局中全区领先，全市第一。'));
    expect(district.region).toMatchObject({ name: '小店区', level: 'district', parent: '太原市' });
    // the title in book-title marks (a government site's page: 平遥县2024年《政府工作报告》)
    const marked = extractMeta(docOf('平遥县2024年《政府工作报告》\n各位代表：\n晋中市大局中，晋中市发展。'));
    expect(marked.region).toMatchObject({ name: '平遥县', level: 'county', parent: '晋中市' });
  });

  it('a title line that names a county of one character and 县 (2025年温县人民政府工作报告)', () => {
    // the opening names another two-character county more often: the title decides
    const meta = extractMeta(
      docOf('2025年温县人民政府工作报告\n各位代表：\n组织赴应县学习考察，借鉴应县经验，全县经济增长。'),
    );
    expect(meta.region).toMatchObject({ name: '温县', level: 'county', parent: '焦作市' });
  });

  it('a banner, an autonomous prefecture by its short name and 州, without the session line naming them', () => {
    const banner = extractMeta(
      docOf(
        '政府工作报告\n——2025年1月9日在旗第十八届人民代表大会第四次会议上\n各位代表：\n乌审旗经济稳中向好，全旗上下团结奋斗。',
      ),
    );
    expect(banner.region).toMatchObject({ name: '乌审旗', level: 'county', parent: '鄂尔多斯市' });
    // a banner of a wing by the short form its session line writes
    const wing = extractMeta(
      docOf('政府工作报告\n——2023年1月15日在察右后旗第十六届人民代表大会第二次会议上\n各位代表：'),
    );
    expect(wing.region).toMatchObject({ name: '察哈尔右翼后旗', level: 'county', parent: '乌兰察布市' });
    const prefecture = extractMeta(
      docOf(
        '政府工作报告\n——2025年1月9日在州第九届人民代表大会第五次会议上\n各位代表：\n恩施州经济稳中向好，全州上下团结奋斗，恩施市、利川市加快发展，恩施州发展迈上新台阶。',
      ),
    );
    // 恩施州 is the prefecture, not its seat 恩施市
    expect(prefecture.region).toMatchObject({ name: '恩施土家族苗族自治州', level: 'city', parent: '湖北省' });
  });

  it('the region the file name names when the text names none', () => {
    const doc = {
      ...docOf('各位代表：\n现在，我代表县人民政府向大会报告工作。全县经济增长。'),
      file: '/x/2024年平遥县政府工作报告.txt',
    };
    expect(extractMeta(doc).region).toMatchObject({ name: '平遥县', parent: '晋中市' });
  });

  it('a county-level city counted as a city when the report calls itself 全市', () => {
    const meta = extractMeta(
      docOf(
        '政府工作报告\n各位代表：\n过去一年，孝义市全市上下奋力拼搏，孝义市经济向好，吕梁市支持。\n全市人民团结奋斗。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '孝义市', parent: '吕梁市' });
  });

  it('no region from a 县 that starts another word (和县委), and the short name as the last resort', () => {
    const meta = extractMeta(
      docOf(
        '政府工作报告\n（2023年1月6日在县第十八届人民代表大会第二次会议上）\n各位代表：\n在州委州政府和县委的坚强领导下，全县上下团结奋斗，黎平发展迈上新台阶，黎平人民更加幸福。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '黎平县', level: 'county' });
  });

  it('the short name as the last resort on word boundaries only (富裕 of 共同富裕 is not 富裕县)', () => {
    const meta = extractMeta(
      docOf('各位代表：\n这是平遥加快发展的一年，推进共同富裕，平遥人民更加幸福，扎实推动共同富裕，全县上下团结奋斗。'),
    );
    expect(meta.region).toMatchObject({ name: '平遥县', level: 'county' });
    // a short name jieba does not know counts where jieba glues it to a neighbour (智造洛江 -> 造|洛江)
    const glued = extractMeta(docOf('各位代表：\n建设更高水平的智造洛江，谱写现代化洛江篇章，全区上下团结奋斗。'));
    expect(glued.region).toMatchObject({ name: '洛江区', level: 'district' });
  });

  it('the level of the committee the government works under (在县委的坚强领导下), before 全市 of its city', () => {
    const meta = extractMeta(
      docOf(
        '二、今年工作安排\n平遥要在全市发展大局中勇挑重担。过去一年，在县委的坚强领导下，平遥经济稳中向好，平遥人民更加幸福。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '平遥县', level: 'county' });
  });

  it('the committee the government works under: the last of several, and before the congress that watched it', () => {
    // a city's committee, then the county's own: the county's, though the report writes 全市 more often
    const last = extractMeta(
      docOf(
        '一、过去一年工作回顾\n在市委、市政府和县委的坚强领导下，平遥在全市率先发展，全市考核第一，全市表彰，平遥人民更加幸福。',
      ),
    );
    expect(last.region).toMatchObject({ name: '平遥县', level: 'county' });
    // 在区委的坚强领导和区人大、区政协的监督支持下: the district's, though 全市 and 我区 are as many
    const watched = extractMeta(
      docOf(
        '一、过去一年工作回顾\n过去一年，在区委的坚强领导和区人大、区政协的监督支持下，洛江在全市率先发展，洛江经济稳中向好，我区人民更加幸福。',
      ),
    );
    expect(watched.region).toMatchObject({ name: '洛江区', level: 'district' });
  });

  it('a division named in an honour the region holds (全省平安区称号) is not the place', () => {
    // 平安区 is a district of Qinghai; here the honour a district of Fujian keeps
    const meta = extractMeta(
      docOf(
        '一、过去一年工作回顾\n过去一年，在区委的坚强领导下，洛江经济稳中向好，连续五年保持全省平安区称号，洛江人民更加幸福。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '洛江区', level: 'district' });
  });

  it('an excerpt that says nothing of its level, by the one short name its opening uses twice', () => {
    const meta = extractMeta(
      docOf('二、今年工作目标\n各位代表，今年要把“平遥要向文旅名城方向发展”作为总目标，奋力建设幸福平遥。'),
    );
    expect(meta.region).toMatchObject({ name: '平遥县', level: 'county' });
    // two such names: no guess
    const two = extractMeta(
      docOf('二、今年工作目标\n各位代表，平遥和介休携手发展，平遥古城与介休绵山联动，共建文旅带。'),
    );
    expect(two.region).toBeNull();
  });

  it('a prefecture that never names itself, by the counties it names: the one city of its kind they belong to', () => {
    const meta = extractMeta(
      docOf(
        '各位代表：\n现在，我代表州人民政府向大会报告工作。\n全州各族人民团结奋斗，宾川葡萄和剑川木雕远销海外，鹤庆银器产业壮大。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '大理白族自治州', level: 'city' });
    // counties of two cities name none; nor does a report that does not say it speaks for a 州 or 市
    const two = extractMeta(
      docOf('各位代表：\n现在，我代表州人民政府向大会报告工作。\n宾川葡萄和剑川木雕远销海外，利川茶叶产业壮大。'),
    );
    expect(two.region).toBeNull();
    const undeclared = extractMeta(docOf('各位代表：\n宾川葡萄和剑川木雕远销海外，鹤庆银器产业壮大。'));
    expect(undeclared.region).toBeNull();
  });

  it('a city that names its own counties before one county-level city named once of its kind', () => {
    // 我代表市人民政府, and 麻城 (a county-level city) named once with 黄梅 and 英山: Huanggang's report
    const meta = extractMeta(
      docOf(
        '各位代表：\n现在，我代表市人民政府向大会报告工作。\n一年来，麻城菊花、黄梅挑花、英山茶叶走向全国，全市农业稳步发展。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '黄冈市', level: 'city' });
  });

  it('no partner for the region: a city named after 与 with aid or cooperation after it', () => {
    // 与无锡市…帮扶合作: the report's own region is the other side; with nothing else, no guess
    const meta = extractMeta(
      docOf('各位代表：\n一年来，全市上下团结奋斗，与无锡市持续深化帮扶合作，落实帮扶资金5亿元。'),
    );
    expect(meta.region).toBeNull();
    // named as the issuer's own (在无锡市…), it still counts
    const own = extractMeta(docOf('各位代表：\n一年来，无锡市上下团结奋斗，与周边城市深化合作，全市经济稳步增长。'));
    expect(own.region).toMatchObject({ name: '无锡市' });
  });

  it('full names that tie give way to the one short name the opening uses twice or more', () => {
    // three counties named once each as visitors; 舟曲 twice, and 全州 twice (the whole prefecture, not 全州县)
    const meta = extractMeta(
      docOf(
        '各位代表：\n一年来，全州产业扶贫现场会在舟曲召开，渭源县、永昌县、镇原县到舟曲观摩考察，全州宣传工作会也在此召开，全县上下深受鼓舞，全县经济稳步增长。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '舟曲县', level: 'county' });
    // one full name alone still wins over a short name
    const single = extractMeta(
      docOf('各位代表：\n一年来，渭源县干部到舟曲观摩考察，舟曲的经验在舟曲推广，全县上下深受鼓舞。'),
    );
    expect(single.region).toMatchObject({ name: '渭源县' });
  });

  it('a city written short again and again over one of its counties written in full once', () => {
    // 宜昌 twice, 宜都市 (a county-level city of Yichang) once in full: the city names its part
    const meta = extractMeta(
      docOf(
        '各位代表：\n现在，我代表市人民政府向大会报告工作。\n一年来，宜昌经济稳步增长，宜昌港吞吐量创新高，宜都市化工园区完成转型。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '宜昌市', level: 'city' });
    // the short name once only: the full name stands
    const once = extractMeta(
      docOf('各位代表：\n现在，我代表市人民政府向大会报告工作。\n一年来，宜昌港吞吐量创新高，宜都市化工园区完成转型。'),
    );
    expect(once.region).toMatchObject({ name: '宜都市' });
  });

  it('of short names that hold one another (a district and its city), the one named most often', () => {
    // 番禺 three times, 广州 twice: the district's excerpt names its city too
    const meta = extractMeta(
      docOf('一、工作回顾\n这一年，广州发展势头良好，番禺经济稳步增长，番禺人民安居乐业，广州南站带动番禺发展。'),
    );
    expect(meta.region).toMatchObject({ name: '番禺区', level: 'district' });
    // as often as each other, neither
    const tied = extractMeta(docOf('一、工作回顾\n这一年，广州发展势头良好，番禺经济稳步增长，广州南站带动番禺发展。'));
    expect(tied.region).toBeNull();
    // two counties of no one line, one named more: neither (the excerpt may be either's, or a city's)
    const apart = extractMeta(
      docOf('一、工作回顾\n这一年，舟曲经济稳步增长，舟曲人民安居乐业，舟曲发展迈上新台阶，渭源干部到渭源观摩。'),
    );
    expect(apart.region).toBeNull();
  });

  it('a province’s short name as no lower division’s (河北 of 河北省 is not 天津’s 河北区)', () => {
    const meta = extractMeta(
      docOf(
        '各位代表：\n在市委和区委的领导下，全区上下团结奋斗，荣获河北省文明城区称号，河北项目区建设顺利，我区发展迈上新台阶。',
      ),
    );
    expect(meta.region).toBeNull();
    // the district's own short name, twice, still names it
    const own = extractMeta(
      docOf(
        '各位代表：\n在市委和区委的领导下，全区上下团结奋斗，荣获河北省文明城区称号，藁城经济稳步增长，藁城人民安居乐业。',
      ),
    );
    expect(own.region).toMatchObject({ name: '藁城区', level: 'district' });
  });

  it('a short name on jieba’s words over one that straddles them (新荣 of 新|荣昌|建设 is not 新荣区)', () => {
    const meta = extractMeta(
      docOf(
        '各位代表：\n现在，我代表区人民政府向大会报告工作。\n我们奋力推进新荣昌建设，荣昌经济稳步增长，新荣昌建设开局良好。',
      ),
    );
    expect(meta.region).toMatchObject({ name: '荣昌区', level: 'district' });
  });

  it('the level the opening speaks for (我代表市人民政府) when the report never says 全市', () => {
    const meta = extractMeta(
      docOf('各位代表：\n现在，我代表市人民政府向大会报告工作。过去一年，晋中经济稳步增长，晋中人民安居乐业。'),
    );
    expect(meta.region).toMatchObject({ name: '晋中市', level: 'city' });
    // a 市 is not the 州 above it, though the opening names the 州 and not the city's full name
    const city = extractMeta(
      docOf(
        '各位代表：\n现在，我代表市人民政府向大会报告工作。在州委州政府的领导下，海西州支持吉林合作区建设，德令哈经济稳步增长，德令哈人民安居乐业。',
      ),
    );
    expect(city.region).toMatchObject({ name: '德令哈市' });
  });

  it('the year of a report from its headings', () => {
    expect(inferYear('回眸2023\n…')).toBe('2024');
    expect(inferYear('一、2023年工作回顾\n二、2024年工作安排')).toBe('2024');
    expect(inferYear('没有年份')).toBeUndefined();
  });
});

describe("a report's year", () => {
  const doc = (text: string, file = 'report.txt') => ({ text, file });
  it('comes from the session date first', () => {
    expect(findYear('2023-01-12', '2024年政府工作报告', doc('回顾2020年工作'))).toEqual({
      year: 2023,
      yearFrom: 'session',
    });
  });
  it('else from the title line, else from the file name', () => {
    expect(findYear(undefined, '平遥县2022年政府工作报告', doc('各位代表：'))).toEqual({
      year: 2022,
      yearFrom: 'title',
    });
    expect(findYear(undefined, '政府工作报告', doc('各位代表：', 'corpus/平遥县_2021.txt'))).toEqual({
      year: 2021,
      yearFrom: 'file',
    });
  });
  it('never reads a year out of a hash or a longer number in the file name', () => {
    expect(findYear(undefined, '政府工作报告', doc('各位代表：', 'a1f2024b.txt'))).toBeUndefined();
    expect(findYear(undefined, '政府工作报告', doc('各位代表：', '120245.txt'))).toBeUndefined();
  });
  it('last from the years the review and plan name, and else there is none', () => {
    expect(findYear(undefined, undefined, doc('一、2022年工作回顾\n过去一年'))).toEqual({
      year: 2023,
      yearFrom: 'text',
    });
    expect(findYear(undefined, undefined, doc('各位代表：现在作报告。'))).toBeUndefined();
  });
});
