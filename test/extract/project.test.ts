// Projects and organizations on sentences from the seed reports (seed noted).
import { describe, expect, it } from 'vitest';
import { isProjectMention } from '../../src/extract/index.js';
import { extract } from '../../src/extract/run.js';
import { projects } from '../../src/extract/project.js';
import { organizations } from '../../src/extract/organization.js';
import { patternProgrammes } from '../../src/extract/programme/index.js';
import { parseMoney } from '../../src/extract/money.js';
import { reportOf } from '../fixtures/report.js';

const run = (text: string, recognizer = projects, phase: 'review' | 'plan' = 'plan') =>
  extract(reportOf(text, { region: '稷山县', phase }), [recognizer]);

describe('money', () => {
  it('reads amounts as written into yuan', () => {
    expect(parseMoney('5亿元')).toBe(5e8);
    expect(parseMoney('14.65亿元')).toBe(1_465_000_000);
    expect(parseMoney('1000万元')).toBe(1e7);
    expect(parseMoney('3000元')).toBe(3000);
    expect(parseMoney('亿元')).toBeUndefined();
  });
});

describe('projects', () => {
  it('names a project with its capacity and owner, and the investment of its clause (seed 002)', () => {
    const [m, ...rest] = run('推进铭福钢铁1×80MW富余煤气发电项目，总投资2.4亿元。'.replace('，', ''));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ name: '铭福钢铁1×80MW富余煤气发电项目', investment: 2.4e8, status: 'ongoing' });
  });

  it('reads a clause at most 300 characters each way (a page with no marks; a sentence written for the test)', () => {
    const filler = '各类要素保障持续加强'.repeat(40); // 400 characters, no mark
    const near = run('总投资2.4亿元推进金岭化工环氧树脂项目。');
    expect(near[0]).toMatchObject({ name: '金岭化工环氧树脂项目', investment: 2.4e8 });
    const far = run(`总投资2.4亿元${filler}推进金岭化工环氧树脂项目。`);
    expect(far.find((m) => m.name === '金岭化工环氧树脂项目')).not.toHaveProperty('investment');
  });

  it("gives each project of a list the amount in its own item, the clause's only when its item has none (sentences written for the test)", () => {
    const found = run('启动投资1亿元的恒山水库、投资1.9亿元的金岭化工污水处理厂、王庄水厂等项目。');
    expect(found.filter(isProjectMention).map((m) => [m.name, m.investment])).toEqual([
      ['恒山水库', 1e8],
      ['金岭化工污水处理厂', 1.9e8],
      // (an item without an amount takes its clause's first)
      ['王庄水厂', 1e8],
    ]);
  });

  it('takes status from the verbs of a review sentence (seed 000)', () => {
    const found = run('官儿沙棘加工厂、东辛庄蔬菜基地建成投产。', projects, 'review');
    expect(found.filter(isProjectMention).map((m) => [m.name, m.status])).toEqual([
      ['官儿沙棘加工厂', 'done'],
      ['东辛庄蔬菜基地', 'done'],
    ]);
  });

  it('names each project of a list, with its phase, its proper name before 国家, its wetland (seed 000)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('谋划二亩湾生态修复区旅游项目和悬空寺夜游项目。')).toContain('悬空寺夜游项目');
    expect(names('实施集中供热管线改造一期项目，增加供热面积。')).toEqual(['集中供热管线改造一期项目']);
    expect(names('加快神溪国家湿地公园建设。')).toEqual(['神溪国家湿地公园']);
    expect(names('完成污水处理厂尾水人工湿地净化项目。')).toEqual(['污水处理厂尾水人工湿地净化项目']);
    expect(names('创建国家湿地公园。')).toEqual([]);
  });

  it('starts a name after the verb that introduces it and splits lists of projects (seed 003)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('在克难坡附近布局建设黄河文化博物馆。')).toEqual(['黄河文化博物馆']);
    expect(names('推进沿黄农文旅融合发展示范区项目和壶口通用机场建设。')).toEqual([
      '沿黄农文旅融合发展示范区项目',
      '壶口通用机场',
    ]);
    expect(names('争取更多大项目、高质量项目落地，启动一期工程。')).toEqual([]);
    // (a modal verb is no name's word either: 全县发展要|依托…, sentence written for the test)
    expect(names('全县发展要依托龙门综合客运枢纽。')).toEqual(['龙门综合客运枢纽']);
  });

  it('takes no project from inside a programme’s name or a region’s', () => {
    const all = extract(
      reportOf('学习运用“千万工程”经验，推行“政府+链主+园区”模式，对接雄安新区。', { region: '稷山县' }),
    );
    expect(all.filter((m) => m.type === 'project')).toEqual([]);
    expect(all.filter((m) => m.type === 'programme').map((m) => m.name)).toContain('千万工程');
  });

  it('takes a bare 项目 or 工程 only after words that name which one (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    // a kind of project: common words only
    expect(names('抓好新引进项目落地，推进风力发电项目和城市防洪排涝工程，实施安全饮水工程。')).toEqual([]);
    // named by an owner, a capacity, a phase, a facility or a temple
    expect(names('推进鑫达焦化项目、年产5万吨饲料项目、污水处理厂二期项目和科技孵化产业园项目。')).toEqual([
      '鑫达焦化项目',
      '年产5万吨饲料项目',
      '污水处理厂二期项目',
      '科技孵化产业园项目',
    ]);
    expect(names('启动娘娘庙夜游项目和药王庙修缮工程。')).toEqual(['娘娘庙夜游项目', '药王庙修缮工程']);
    // a division's name alone before 项目 is the region's projects in general; its plant of a kind is one
    expect(names('开启了新和县项目建设的新局面，沁源县污水处理厂建成投运。')).toEqual(['沁源县污水处理厂']);
  });

  it('takes a campus or a tourist zone by its proper name, not a kind of them (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('长城大学滨河校区建成招生，青龙峡旅游区提质升级。')).toEqual(['长城大学滨河校区', '青龙峡旅游区']);
    expect(names('完善老校区设施，加快景区和旅游区建设，开发新校区。')).toEqual([]);
  });

  it('takes a bridge, a waterworks, a substation or a town by its proper name, not a kind of them (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('建成黄岗大桥、柳溪污水处理厂和龙门变电站。')).toEqual(['黄岗大桥', '柳溪污水处理厂', '龙门变电站']);
    expect(names('新建乡镇污水处理厂3座，打造省级特色小镇。')).toEqual([]);
    expect(names('推进龙门工业园区扩区。')).toEqual(['龙门工业园区']);
    // a square, a station, a business district: the proper name stands before the head, not in a word it ends
    expect(names('建成青云广场和龙门高铁站，推进青云中央商务区建设。')).toEqual([
      '青云广场',
      '龙门高铁站',
      '青云中央商务区',
    ]);
    expect(names('改造中心广场，推进中央商务区建设。')).toEqual([]);
    // a list's number is not the name; each item of a list ends at its own head
    expect(names('五是加快龙门大桥建设。')).toEqual(['龙门大桥']);
    expect(names('建设玫瑰田园综合体和青云小镇。')).toEqual(['玫瑰田园综合体', '青云小镇']);
    // what lands in a park and the park it lands in are two (落地, 落户, 入驻 introduce the second)
    expect(names('青云光电产业园落地龙门工业园，东山物流园入驻青云经开区。')).toEqual([
      '青云光电产业园',
      '龙门工业园',
      '东山物流园',
      '青云经开区',
    ]);
    // a route's section named by the place it runs through is the project (a kind of section is not)
    expect(names('青银高铁凤城段开工，推进太原至忻州高速全段贯通。')).toEqual(['青银高铁凤城段', '太原至忻州高速']);
    // two routes sharing one head are two projects, each with the head
    expect(names('加快京雄和雄忻高铁、邯港高速建设。')).toEqual(['京雄高铁', '雄忻高铁', '邯港高速']);
    // an amount inside the words is the next project's investment: the name starts after it
    expect(names('32亿元城北片区eod和8.6亿元凤鸣河eod项目进入全省首批试点。')).toEqual(['凤鸣河eod项目']);
    // what a region focuses its work on (聚焦, 聚力) is named after the verb, not with it
    expect(names('全区聚焦青岚科学城，聚力凤鸣产业园发展。')).toEqual(['青岚科学城', '凤鸣产业园']);
    // a sluice, a ropeway, a greenway, a science park or town by its name, not the kind
    expect(names('建成龙门水闸、青云索道和柳溪绿道，打造东湖科技园、西山科技城。')).toEqual([
      '龙门水闸',
      '青云索道',
      '柳溪绿道',
      '东湖科技园',
      '西山科技城',
    ]);
    expect(names('新建水闸3座，推进科技城建设。')).toEqual([]);
    // a railway by its name, not railways in general
    expect(names('龙青铁路开通运营，加快铁路建设。')).toEqual(['龙青铁路']);
  });

  it('names a work on a facility with the facility, and not the facility again (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('推进青云高速拓宽工程，建成龙门大桥。')).toEqual(['青云高速拓宽工程', '龙门大桥']);
    expect(names('实施龙门水库灌区工程。')).toEqual(['龙门水库灌区工程']);
    // the facility alone, as before
    expect(names('建成青云高速，实施道路硬化。')).toEqual(['青云高速']);
  });

  it('names a route by both its ends, 至 between them (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('加快建设青云至龙门高速公路，推进东关至西岭至南山一级公路改建工程。')).toEqual([
      '青云至龙门高速公路',
      '东关至西岭至南山一级公路改建工程',
    ]);
    // (an end jieba cuts into a word and a morpheme: 王家|堡)
    expect(names('开工王家堡至李家庄段公路改扩建。')).toEqual(['王家堡至李家庄段公路']);
    // (a verb before 至 is how far something reaches, not a route's end)
    expect(names('城市道路延伸至龙门高速公路。')).toEqual(['龙门高速公路']);
  });

  it('takes a development zone or a new town by its proper name, not a district’s name (sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('推进龙门经开区和青云高新区建设，打造龙门新城。')).toEqual(['龙门经开区', '青云高新区', '龙门新城']);
    // a year before the name is not the name's
    expect(names('2023年青云经济开发区获批扩区。')).toEqual(['青云经济开发区']);
    expect(names('支持省级高新区升级。')).toEqual([]);
    expect(names('青云市新城区完成老旧小区改造。')).toEqual([]);
  });

  it('keeps a single-character morpheme inside a name (县|人民医院, 张家|垣; sentences written for the test)', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('实施县人民医院提升工程。')).toEqual(['县人民医院提升工程']);
    expect(names('完成张家垣道路提升工程。')).toEqual(['张家垣道路提升工程']);
    const zone = extract(reportOf('获批国家级车联网先导区。', { region: '稷山县' }), [patternProgrammes]);
    expect(zone.map((m) => m.name)).toContain('车联网先导区');
  });

  it('rejects kinds of projects and work on projects', () => {
    expect(run('谋划储备一批重点项目，做大项目，严格执行项目法人制。')).toEqual([]);
    // a trade alone before the head is a kind of park (化工园区), a name before the trade makes one
    expect(run('推动化工园区规范发展，建成青山化工园区。').map((m) => m.name)).toEqual(['青山化工园区']);
  });

  it('rejects lists of project stages, counted bundles and reforms (seed 004)', () => {
    expect(run('对全县重点项目实行项目谋划库、项目前期库、项目建设库和项目竣工投产库四库管理。')).toEqual([]);
    expect(run('首次发现项目不达标时，由两办督办。')).toEqual([]);
    expect(run('深化房地一体宅基地改革。')).toEqual([]);
    // a glossary line: the entry's number is not part of a name, and 五个基地 is a bundle
    expect(run('9.五个基地:打造国家级现代化的结晶工艺中试基地。').map((m) => m.name)).toEqual(['结晶工艺中试基地']);
  });

  it('gives exact offsets', () => {
    const report = reportOf('加快集大原高铁建设，推进恒山水库清淤工程。');
    for (const m of extract(report, [projects])) expect(report.text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe('organizations', () => {
  it('finds companies, universities and labs by their suffix (seed 001, 000)', () => {
    const names = run('与山西农业大学、崂山实验室合作，引进山西富驰铝业有限公司。', organizations).map((m) => m.name);
    expect(names).toEqual(['山西农业大学', '崂山实验室', '山西富驰铝业有限公司']);
  });

  it('finds a university by its short form (sentence written for the test)', () => {
    const names = run('与西北农大、山西医大合作共建试验站。', organizations).map((m) => m.name);
    expect(names).toEqual(['西北农大', '山西医大']);
  });

  it('starts a name after 共建, the work of building it together (sentences written for the test)', () => {
    const names = run('与山西农业大学合作共建苹果研究院。', organizations).map((m) => m.name);
    expect(names).toEqual(['山西农业大学', '苹果研究院']);
    const zones = extract(reportOf('与湘西州、黔江区共建武陵山区协作示范区。', { region: '稷山县' }), [
      patternProgrammes,
    ]);
    expect(zones.map((m) => m.name)).toEqual(['武陵山区协作示范区']);
  });

  it('starts a name after the verb that ranks it among or lists it in others (sentences written for the test)', () => {
    // (the ranking's kind, 省级特色农业小镇, names no project)
    expect(run('东湖村跻身省级特色农业小镇。').map((m) => m.name)).toEqual([]);
    // (nor does a batch of a designation, 全省首批…示范园)
    expect(run('西山经开区入列全省首批开放合作示范园区。').map((m) => m.name)).toEqual(['西山经开区']);
    expect(run('获批第二批国家现代农业产业园。').map((m) => m.name)).toEqual([]);
    // (获选, chosen for a title, is a verb of the kind: the name starts after it and the year)
    expect(run('成功获选2023年省级人才产业园。').map((m) => m.name)).toEqual(['省级人才产业园']);
    const zones = extract(reportOf('全县入围中央财政支持普惠金融发展示范区。', { region: '稷山县' }), [
      patternProgrammes,
    ]);
    expect(zones.map((m) => m.name)).toEqual(['中央财政支持普惠金融发展示范区']);
    expect(run('与邻县携手临港新区建设。').map((m) => m.name)).toEqual(['临港新区']);
  });

  it('takes no body that runs a zone for a project (sentences written for the test)', () => {
    expect(run('审议通过《中共滨海新区委员会关于加快创建智慧新城的实施意见》。').map((m) => m.name)).toEqual([]);
    expect(run('东山新区管委会、西山新区党工委推进体制改革。').map((m) => m.name)).toEqual([]);
    expect(run('东山新区建设提速。').map((m) => m.name)).toEqual(['东山新区']);
  });

  it('starts no name at the verb of an era entered or a reform deepened (sentences written for the test)', () => {
    // (the railway is named; the county entering the era of railways is none)
    expect(run('东西高铁建成通车，全县迈入高铁时代。').map((m) => m.name)).toEqual(['东西高铁']);
    expect(run('我县步入动车时代。').map((m) => m.name)).toEqual([]);
    expect(run('深化平台公司转型，盘活闲置资源。', organizations).map((m) => m.name)).toEqual([]);
  });

  it('finds companies listed by their short names before the enterprises they are counted as (sentences written for the test)', () => {
    const names = (t: string) => run(t, organizations).map((m) => m.name);
    // a count without 等 is the list's own length; a short name may be a place's too (东方 of 东方市)
    expect(names('东方、华鑫、荣泰3家企业入选全省百强。')).toEqual(['东方', '华鑫', '荣泰']);
    expect(names('培育天宇光电、凯瑞新材等高新技术企业。')).toEqual(['天宇光电', '凯瑞新材']);
    // a count that is not the list's, kinds of enterprise, a division's full name: no list of companies
    expect(names('东方、华鑫、荣泰5家企业入选全省百强。')).toEqual([]);
    expect(names('支持工业、商贸、龙头等企业发展。')).toEqual([]);
  });

  it('finds the company that runs a project (seed 002)', () => {
    const names = run('启动永东化工总投资5亿元的50万吨煤焦油深加工项目。', organizations).map((m) => m.name);
    expect(names).toEqual(['永东化工']);
    // a kind of investment jieba knows as an abbreviation is no company (sentence written for the test)
    expect(run('实施技改项目40个，完成技改投资9亿元，基建投资6亿元。', organizations)).toEqual([]);
  });

  it('finds the partners listed before a project’s investment (seed 002)', () => {
    const text =
      '江苏仁康投资0.5亿元的年产1.2万吨蛋液加工项目，惠惠能、融耀总投资24亿元的600MW储能项目以及科兴、冀和、华能总投资13.6亿元的230MW风电项目。';
    const names = run(text, organizations).map((m) => m.name);
    expect(names.sort()).toEqual(['冀和', '华能', '惠惠能', '江苏仁康', '科兴', '融耀'].sort());
  });

  it('names a company by a trade head after a proper name, not after a province (seed 001, 000)', () => {
    const names = (t: string) => run(t, organizations).map((m) => m.name);
    expect(names('支持古城乳业创新发展，分类分批盘活恒山酒厂。')).toEqual(['古城乳业', '恒山酒厂']);
    expect(names('推动山西乳业和朔州药业发展。')).toEqual([]);
  });

  it('names a company by its short name and trade word, not a sector or an act (sentences written for the test)', () => {
    const names = (t: string) => run(t, organizations).map((m) => m.name);
    // a word jieba does not know before the trade word, or characters it could not join at a list item's start
    expect(names('去年，鑫隆钢铁、瑞恒新材料获评省级绿色工厂。')).toEqual(['鑫隆钢铁', '瑞恒新材料']);
    expect(names('泰昕科技成功上市，宏祥能源完成技术改造。')).toEqual(['泰昕科技', '宏祥能源']);
    // a sector or an act after the trade word, an abbreviation or a quality before it, a clause, a province
    expect(
      names('深化能源革命，加强冷链食品检测，壮大环保科技产业，建设智慧能源体系，发展家电电子，山西能源稳产。'),
    ).toEqual([]);
    expect(names('揭榜挂帅：也称科技悬赏制。')).toEqual([]);
    // (a trade word inside a longer word is no head: 电子|商务)
    expect(names('泰昕电子商务销售额增长。')).toEqual([]);
    // characters jieba split before a trade word at a list item's start, the older trade heads too
    expect(names('鑫隆钢铁、海川药业、华都核能入选民营企业百强。').sort()).toEqual([
      '华都核能',
      '海川药业',
      '鑫隆钢铁',
    ]);
    // a county's name, or a count, before a trade word is no company
    expect(names('怀仁陶瓷享誉全国，两省医疗全面对接，泰昕光伏落户。')).toEqual(['泰昕光伏']);
    // nor before a place built for a trade (科技城, 物流港)
    expect(names('谋划建设泰昕科技城，打造宏祥物流港。')).toEqual([]);
  });

  it('starts no organization at a count’s measure word (sentences written for the test)', () => {
    const names = (t: string) => run(t, organizations).map((m) => m.name);
    expect(names('全县50户大企业大集团稳步发展。')).toEqual([]);
    expect(names('全县50户企业中，鑫隆集团做大做强。')).toEqual(['鑫隆集团']);
  });

  it('keeps transliterated words inside a company name (seed 001)', () => {
    expect(
      run('引进山西达菲贸易有限公司、朔州经济开发区诺亚电子商务有限公司。', organizations).map((m) => m.name),
    ).toEqual(['山西达菲贸易有限公司', '朔州经济开发区诺亚电子商务有限公司']);
  });

  it('rejects generic organizations', () => {
    expect(run('支持龙头企业和规上企业发展，提升县级综合医院能力。', organizations)).toEqual([]);
    // kinds of bodies by what they do or who runs them (sentences written for the test)
    expect(
      run('培育农民专业合作社120家、村级劳务扶贫公司8家，投融资公司融资20亿元，专业合作社带动农户。', organizations),
    ).toEqual([]);
  });

  it('takes the words a sector of the vocabulary is for the sector, not a company’s short name (a sentence written for the test)', () => {
    const types = extract(reportOf('加快建设智能仓储冷链物流，发展壮大乳业。', { region: '稷山县' })).map(
      (m) => `${m.type}:${m.name}`,
    );
    expect(types).toContain('industry:冷链物流');
    expect(types.filter((t) => t.startsWith('organization'))).toEqual([]);
  });

  it('takes no kind of organization by what it does, its designation, its level or its listing, nor a run of generic words (sentences written for the test)', () => {
    const orgs = (text: string) => run(text, organizations, 'review').map((m) => m.name);
    expect(orgs('建成县级核酸检测实验室，设立定点救治医院和定点医院。')).toEqual([]);
    expect(
      orgs('二级以上医院全部接入平台，引进中药上市公司2家，新增省级工程研究中心3家，获批省市重点实验室2个。'),
    ).toEqual([]);
    // a formula of parts is no name
    expect(orgs('推行管委会+投资运营公司模式。')).toEqual([]);
    // (a lab named for its test is a kind, a place before it or not); a company's name stays
    expect(orgs('青山核酸检测实验室投用，引进华瑞医药有限公司。')).toEqual(['华瑞医药有限公司']);
  });

  it('starts a name at 中 after a list’s mark: the name’s first character, not 在…中 (sentences written for the test)', () => {
    const orgs = (text: string) => run(text, organizations, 'review').map((m) => m.name);
    expect(orgs('引进华瑞医药公司、中德环保公司。')).toEqual(['华瑞医药公司', '中德环保公司']);
  });

  it('takes no list number for an organization or its start (sentences written for the test)', () => {
    const orgs = (text: string) => run(text, organizations, 'review').map((m) => m.name);
    expect(orgs('一是总投资12亿元的抽水蓄能电站并网发电。')).toEqual([]);
    expect(orgs('九是城南中医医院搬迁运营。')).toEqual(['城南中医医院']);
  });
  it('takes a company a sentence honours by its short name, not a place, a sector or a count (sentences written for the test)', () => {
    const orgs = (text: string) => run(text, organizations, 'review').map((m) => m.name);
    expect(orgs('青禾粮油获评省级农业产业化重点龙头企业。')).toEqual(['青禾粮油']);
    expect(orgs('其中，瑞丰纺织成为全县首家上市企业，宇航泵阀入选国家级专精特新“小巨人”企业。')).toEqual([
      '瑞丰纺织',
      '宇航泵阀',
    ]);
    expect(orgs('船舶配套产业获评省中小企业特色产业集群，3家企业获评高新技术企业。')).toEqual([]);
    // (the title's last word is 示范县, not 企业; and a county is no company)
    expect(orgs('平遥县成为全省第一批企业服务示范县，平遥县获评全省民营企业。')).toEqual([]);
  });
});

describe('what is not a project (sentences written for the test)', () => {
  it('takes no class of amounts for a project, and no visit before a place', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('建设超5000万元项目417个，实施过亿元项目20个，推进5000万元以上项目12个。')).toEqual([]);
    expect(names('省长亲临视察青岚开发区，调研考察凤鸣产业园。')).toEqual(['青岚开发区', '凤鸣产业园']);
  });

  it('takes no district for a project, whatever its head (浦东新区), after its city or its era', () => {
    const names = (t: string) => run(t).map((m) => m.name);
    expect(names('推动上海市浦东新区开发开放，制定新时代浦东新区发展意见，建设浦东新区。')).toEqual([]);
    // a zone a district's name qualifies is a project still
    expect(names('建设浦东新区金桥产业园。')).toEqual(['浦东新区金桥产业园']);
  });

  const names = (text: string) => extract(reportOf(text, { region: '平遥县' }), [projects]).map((m) => m.name);

  it('takes no reproach for a project', () => {
    expect(names('坚决杜绝形象工程、面子工程和政绩工程，不搞半拉子工程。')).toEqual([]);
  });

  it('takes no kind of project or of funding for a name', () => {
    expect(names('推进转型项目和制造业项目建设，用好2024年度中央财政衔接资金项目。')).toEqual([]);
  });

  it('takes no kind of funding, size, stage or field for a name (sentences written for the test)', () => {
    expect(names('争取国债项目8个、地方专债项目12个，实施贴息贷款项目和债券项目。')).toEqual([]);
    expect(names('新开工亿元以上项目20个，全区新增注册项目35个，完工项目18个，新增省级工程3项。')).toEqual([]);
    expect(names('实施科技项目40项，提升特色园区承载能力。')).toEqual([]);
    // projects that lengthen or strengthen an industrial chain are a kind
    expect(names('推进延链补链项目和强链项目建设。')).toEqual([]);
  });

  it('takes no count for a name when a space stands after its number, as pages made from PDFs write it (sentences written for the test)', () => {
    expect(names('今年全市建成 12 个省级现代农业产业园区，实施 8 条农村公路改造工程。')).toEqual([]);
    // (a place whose name starts with such a character is a name still: 个旧)
    expect(names('个旧锡文化产业园项目开工。')).toEqual(['个旧锡文化产业园项目']);
  });

  it('takes no works counted after their kind for a name (sentences written for the test)', () => {
    // a count right after the words, perhaps after 达 or 累计, says how many of a kind there are
    expect(names('累计引进青商回归项目126个，全市家庭农场示范园区达35家，建成光伏储能电站项目3座。')).toEqual([]);
    // (a time after a named project is not a count of them; a named project stands)
    expect(names('青山水库项目3个月内开工，建成青山高速。')).toEqual(['青山水库项目', '青山高速']);
  });

  it('takes no layout counted in parts for a work (sentences written for the test)', () => {
    expect(names('构建“一城两区三基地”发展格局，打造一港两园产业布局。')).toEqual([]);
    // (a place whose name holds numbers is a name still)
    expect(names('建成四川两河口水电站。')).toEqual(['四川两河口水电站']);
  });

  it('names a park written 园区 whole, and takes no body that runs it (sentences written for the test)', () => {
    expect(names('建成青山农业科技示范园区，扩建青山产业园区。')).toEqual(['青山农业科技示范园区', '青山产业园区']);
    expect(names('青山产业园区管委会挂牌成立。')).toEqual([]);
  });

  it('takes no head that starts another word, no place left out of a figure and no honour for a name (sentences written for the test)', () => {
    // 工程师 is an engineer, 高速增长 rapid growth
    expect(names('引进青山工程师团队，经营主体高速增长。')).toEqual([]);
    // a figure that leaves a place out names none
    expect(names('规上工业增加值增长7%（不含临港园区）。')).toEqual([]);
    // an honour won or a batch listed is no project, the verb that gives it none of its name
    expect(names('开发区获评全省先进园区，两个园区被列为全市首批示范园区。')).toEqual([]);
    // (a named highway and park stay)
    expect(names('建成青山高速，获评省级先进单位的城南产业园加快建设。')).toEqual(['青山高速', '城南产业园']);
  });

  it('takes no work on a project or a strategy joined for a name: 狠抓, 抢抓, 融入', () => {
    expect(names('狠抓项目建设，抢抓机场建设机遇，积极融入长江经济带发展。')).toEqual([]);
    expect(names('大抓招商、猛攻项目，突出项目引领。')).toEqual([]);
  });

  it('keeps a phase inside a name, and takes no phase of no named work (sentences written for the test)', () => {
    // jieba tags 一期 an adverb: inside a name it is the name's
    expect(names('青山钢铁一期扩建项目开工，长河数据中心二期南区项目投用。')).toEqual([
      '青山钢铁一期扩建项目',
      '长河数据中心二期南区项目',
    ]);
    expect(names('实施一期扩建项目，推进二期技改项目。')).toEqual([]);
  });

  it('still takes a named project', () => {
    expect(names('建成平遥古城游客中心。')).toEqual(['平遥古城游客中心']);
    expect(names('建成平遥科技产业园，开通平遥国际机场航线。')).toEqual(['平遥科技产业园', '平遥国际机场']);
    expect(names('今年成立平遥农业科技示范园，带动就业。')).toEqual(['平遥农业科技示范园']);
    // the verbs of setting up, running or supporting a project stand before its name
    expect(names('设立平遥古城游客中心，运营平遥国际物流园，支援平遥国际机场。')).toEqual([
      '平遥古城游客中心',
      '平遥国际物流园',
      '平遥国际机场',
    ]);
    expect(names('新增平遥农业示范园，形成平遥滨河公园。')).toEqual(['平遥农业示范园', '平遥滨河公园']);
  });
});
