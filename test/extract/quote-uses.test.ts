// A quote with nothing to mark it a name (no programme word after it, no count, not the lexicon's)
// is still read by how the sentence uses it: a figure of speech, a sector of work, a project's name
// or a part of the term a glossary entry defines names no programme. Every sentence is written for
// the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { glossaryProgrammes, patternProgrammes, quotedProgrammes } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

/** `type:name` of the quoted mentions; in a glossary, `text` is one entry of the term before its colon. */
function quoted(text: string, phase: 'review' | 'glossary' = 'review'): string[] {
  const report = reportOf(text, { region: '平遥县', phase });
  report.region = { name: '平遥县', level: 'county' };
  if (phase === 'glossary') {
    const colon = text.indexOf('：');
    const term = text.slice(0, colon).replace(/^\d+\./, '');
    report.glossary = [{ term, definition: text.slice(colon + 1), start: 0, end: text.length }];
  }
  return extract(report, [quotedProgrammes]).map((m) => `${m.type}:${m.name}`);
}

/** The names the unquoted patterns find in `text`. */
function patternNames(text: string): string[] {
  return extract(reportOf(text, { region: '平遥县' }), [patternProgrammes]).map((m) => m.name);
}

describe('a figure of speech', () => {
  it('is what one thing turns into or is treated as', () => {
    expect(quoted('推动游客从“过路客”变成“常住客”。')).toEqual([]);
    expect(quoted('让“一次客”变为“回头客”。')).toEqual([]);
    // a focus shifted from one to the other
    expect(quoted('把工作重点从“保供给”转到“提品质”上来，由“管产量”转向“管质量”。')).toEqual([]);
    expect(quoted('把群众的诉求当成机关干部的“家里事”，马上就办。')).toEqual([]);
    expect(quoted('把企业家的难题视为“自家事”。')).toEqual([]);
  });

  it('is a barrier built or a problem cleared, with nothing after it', () => {
    expect(quoted('筑牢食品安全“钢铁长城”。')).toEqual([]);
    expect(quoted('织密社会救助“保障网”，兜牢底线。')).toEqual([]);
    expect(quoted('清理小区“僵尸车”，畅通消防通道。')).toEqual([]);
  });

  it("is a passage's short topic, the clause's only words besides its verb", () => {
    expect(quoted('围绕“治水”，新建污水管网20公里。')).toEqual([]);
    expect(quoted('聚焦“稳岗”，发放补贴300万元。')).toEqual([]);
    // words after it make it a name again
    // a longer one may be a work method named so, and stays a name
    expect(quoted('围绕“净水护河”，新建污水管网20公里。')).toEqual(['programme:净水护河']);
    expect(quoted('围绕“净水护河”攻坚行动，新建污水管网20公里。')).toEqual(['programme:净水护河']);
  });

  it('is a strength, a speed or a resolve shown, an engine of growth, a song composed', () => {
    expect(quoted('贡献了“平遥力量”，跑出了“项目速度”，展现“古城风采”。')).toEqual([]);
    expect(quoted('立“必胜之志”抓发展，怀“赤诚之心”为群众，增强“发展引擎”。')).toEqual([]);
    expect(quoted('谱写了一曲乡村振兴“新赞歌”。')).toEqual([]);
    // a region's way of working is still a name
    expect(quoted('推广“平遥经验”。')).toEqual(['slogan:平遥经验']);
  });

  it('is a state reached, with nothing after it', () => {
    expect(quoted('两个月后实现确诊病例“双清零”，一季度迎来“满堂红”。')).toEqual([]);
    // words after it that name it keep the name
    expect(quoted('全面实现“双清零”目标。')).toEqual(['slogan:双清零目标']);
    // and a counted line reached is the line
    expect(quoted('努力实现“两个同步提升”。')).toEqual(['slogan:两个同步提升']);
    // and a line that bears the region's own name is the region's (下放事权, 实现“平遥事平遥办”)
    expect(quoted('下放事权120项，实现了“平遥事平遥办”；推动机构改革。')).toEqual(['slogan:平遥事平遥办']);
  });

  it('is words someone said, a plight, a meeting or a show', () => {
    expect(quoted('总书记在考察时提到“古城焕新颜”。')).toEqual([]);
    expect(quoted('彻底告别“雨天一身泥、晴天一身灰”的窘境。')).toEqual([]);
    expect(quoted('成功承办“古城对话”国际论坛。')).toEqual([]);
    // a show held once: a broadcast, a performance, a match
    expect(quoted('举办“古城好物”平遥站直播、“晋韵长歌”大型演出节。')).toEqual([]);
    expect(quoted('成功举办“古城杯”汽车越野挑战赛。')).toEqual([]);
    // a campaign's word still names a programme, and so do performances counted and a way of selling
    expect(quoted('举办“古城好物进万家”活动。')).toEqual(['programme:古城好物进万家']);
    expect(quoted('开展“文化进万家”演出120场。')).toEqual(['programme:文化进万家']);
    expect(quoted('推广“古城好物”直播带货。')).toEqual(['programme:古城好物']);
    // what is put forward is still named (提出 is not 提到)
    expect(quoted('县委提出“古城焕新”行动。')).toEqual(['programme:古城焕新']);
  });

  it('is not a quote the same verbs lead to a named programme', () => {
    // a programme word after it names it
    expect(quoted('清理“僵尸企业”专项行动全面完成。')).toEqual(['programme:僵尸企业']);
    // a quote that turns into nothing keeps its reading
    expect(quoted('推行“拎包入住”服务，新引进企业20家。')).toEqual(['programme:拎包入住']);
    // a number keeps its own rules
    expect(quoted('筑牢“三道防线”，守住安全底线。')).toContain('slogan:三道防线');
  });
});

describe('a sector of work', () => {
  it('is digital or smart before one plain word', () => {
    expect(quoted('建设“数字医疗”，方便群众看病。')).toEqual([]);
    expect(quoted('抓好“智慧停车”建设，缓解停车难。')).toEqual([]);
    expect(quoted('创建“数字档案馆”，档案全部数字化。')).toEqual([]);
  });

  it('is not a national programme the lexicon names, nor a coined name', () => {
    expect(quoted('推进“数字乡村”建设，培育新农人。')).toEqual(['programme:数字乡村']);
    expect(quoted('推广“智慧平遥码”，游客扫码入园。')).not.toEqual([]);
  });
});

describe("a project's name", () => {
  it('is a quote followed by 项目', () => {
    expect(quoted('建好“云上医院”项目，实现远程会诊。')).toEqual([]);
    expect(quoted('加快古城“三大中心”项目建设。')).toEqual([]);
  });

  it('is a facility, a train, a ship or a satellite named in quotes, not a call or a bugle', () => {
    expect(quoted('“鲲华”大科学装置建成，“长风”号科考船下水。')).toEqual([]);
    expect(quoted('“乡村e站”号召力增强，吹响“三大会战”号角。')).toEqual(['programme:乡村e站', 'programme:三大会战']);
  });

  it('is not a numbered line or a mechanism whose projects these are', () => {
    expect(quoted('谋划“5020”项目12个。')).toContain('programme:5020项目');
    expect(quoted('实行“承诺制”项目80个。')).toEqual(['programme:承诺制']);
    expect(quoted('实行“四个一”项目推进机制，倒排工期。')).toEqual(['programme:四个一']);
  });

  it('is a demonstration zone built as a project, unquoted', () => {
    expect(patternNames('启动古城农文旅融合发展示范区项目，完成投资2亿元。')).toEqual([]);
    expect(patternNames('创建古城农文旅融合发展示范区，完成投资2亿元。')).toEqual(['古城农文旅融合发展示范区']);
  });
});

describe('a glossary entry', () => {
  it('explains the parts of the term it defines; they are not named again', () => {
    expect(quoted('5.两区一线：“两区”指古城保护区和新城发展区，“一线”指汾河生态廊道。', 'glossary')).toEqual([]);
    // also where a sentence of the definition starts with the part
    expect(quoted('5.两区一线：指城市的两类空间和一条廊道。“一线”指汾河生态廊道。', 'glossary')).toEqual([]);
  });

  it('still names another programme its definition quotes', () => {
    expect(quoted('5.两区一线：按照“多规合一”要求划定的保护和发展范围。', 'glossary')).toEqual(['programme:多规合一']);
  });
});

describe('a year of a campaign', () => {
  it('is named with the work it drives, up to 年, before 活动 or 行动', () => {
    expect(patternNames('开展民营经济提升年活动，新增市场主体3000户。')).toEqual(['民营经济提升年']);
    expect(patternNames('深入开展重点项目攻坚年行动。')).toEqual(['重点项目攻坚年']);
  });

  it('is named before the verb that carries it out, and in a list of such years', () => {
    expect(patternNames('大力实施工业提质年活动，全力推动产业升级。')).toEqual(['工业提质年']);
    expect(patternNames('作风建设年、干部实干年、制度执行年扎实开展。')).toEqual([
      '作风建设年',
      '干部实干年',
      '制度执行年',
    ]);
    // a year in a list of other things is no campaign; nor is a year of a plan
    expect(patternNames('干部实干年、群众满意度持续提升。')).toEqual([]);
  });

  it('is not a year of anything else', () => {
    expect(patternNames('持续推进年度重点工作。')).toEqual([]);
    expect(patternNames('完成提升年活动。')).toEqual([]);
  });
});

describe('a glossary term counted in digits', () => {
  const glossary = (term: string, definition: string) => {
    const text = `${term}：${definition}`;
    const report = reportOf(text, { region: '平遥县', phase: 'glossary' });
    report.glossary = [{ term, definition, start: 0, end: text.length }];
    return extract(report, [glossaryProgrammes]).map((m) => m.name);
  };

  it('is a counted set of work, named with its count and without 工作', () => {
    expect(glossary('12项城乡融合工作', '即供水、供暖、公交、环卫等一体化。')).toEqual(['12项城乡融合']);
    expect(glossary('1.10条惠企措施', '即减税、降费、贴息等措施。')).toEqual(['10条惠企措施']);
  });

  it('is not a count of things the entry lists', () => {
    expect(glossary('3家专精特新企业', '即甲公司、乙公司、丙公司。')).toEqual([]);
  });
});

describe("a product's brand", () => {
  it('is one of several brands named at once, or one of a kind', () => {
    expect(quoted('企业创建了“古韵香”“晋味坊”和“汾河源”品牌。')).toEqual([]);
    expect(quoted('培育“手工织布”等特色品牌，带动群众增收。')).toEqual([]);
    // beats that each count are a line the government set, not a product
    expect(quoted('推出“八景、四宴、两节”等文旅品牌。')).toEqual(['slogan:八景、四宴、两节']);
    expect(quoted('培育“古韵香、晋味坊”等特色品牌。')).toEqual([]);
  });

  it("is not the government's one brand, a service's or a place's", () => {
    expect(quoted('打造“马上办”政务服务品牌。')).toEqual(['slogan:马上办']);
    expect(quoted('提升“平遥牛肉”品牌价值。')).toEqual(['slogan:平遥牛肉']);
    // brands named after the region stay the region's, several at once too
    expect(quoted('擦亮“平遥牛肉”“平遥漆器”品牌。')).toEqual(['slogan:平遥牛肉', 'slogan:平遥漆器']);
  });
});

describe('numerals in words', () => {
  it('are named by a campaign word after them', () => {
    expect(quoted('深入实施电子商务“十百千万”工程。')).toEqual(['programme:十百千万']);
    // two numerals with a hundred or more count what the campaign does (“三百”: three hundred of something)
    expect(quoted('实施规上企业“三百”工程。')).toEqual(['programme:三百']);
    // two others may be a date (“十一” of 1 October)
    expect(quoted('开展“十一”活动。')).toEqual([]);
    // without one, numerals alone name nothing
    expect(quoted('力争实现“百千万”。')).toEqual([]);
  });
});

describe('words that lead a name in', () => {
  it('are not part of it: 把握, 紧盯, 瞄准, 锚定', () => {
    expect(patternNames('把握集体林权制度改革重点。')).toEqual(['集体林权制度改革']);
    expect(patternNames('紧盯农村人居环境整治提升行动。')).toEqual(['农村人居环境整治提升行动']);
    expect(patternNames('瞄准县域商业体系建设三年行动。')).toEqual(['县域商业体系建设三年行动']);
    expect(patternNames('锚定农村改革示范县。')).toEqual(['农村改革示范县']);
  });
});

describe('a doubling plan named unquoted', () => {
  it('is named with what it doubles and its years (…三年倍增计划, …倍增行动)', () => {
    expect(patternNames('实施规上企业三年倍增计划，出台扶持政策。')).toEqual(['规上企业三年倍增计划']);
    expect(patternNames('启动专精特新企业五年倍增计划。')).toEqual(['专精特新企业五年倍增计划']);
    expect(patternNames('深入开展外贸主体倍增行动。')).toEqual(['外贸主体倍增行动']);
    // a doubling that is no plan names nothing
    expect(patternNames('力争三年实现企业数量倍增。')).toEqual([]);
  });
});

describe('a title held for a programme', () => {
  it('names the lexicon programme before it', () => {
    expect(quoted('被列为“枫桥经验示范县”。')).toEqual(['programme:枫桥经验']);
    expect(quoted('获评省级“放管服改革试点县”。')).toEqual(['programme:放管服改革']);
  });

  it('is its own quote when what comes before it is no lexicon programme', () => {
    expect(quoted('成功创建“古城夜游示范县”。')).toEqual(['programme:古城夜游示范县']);
  });
});

describe('a case held up as an example', () => {
  it('is an award; the model it names is its own quote', () => {
    expect(quoted('“古城保护+乡村旅游”模式获评“全国文旅融合典型案例”。')).toEqual(['programme:古城保护+乡村旅游']);
    expect(quoted('入选“全省乡村治理优秀案例”。')).toEqual([]);
  });
});

describe('a grade and a footnote', () => {
  it('drops a ranking by its count, an attribute and the stock “金名片”', () => {
    expect(quoted('入选全省县域经济发展“十佳”县，坚持“超常规”应对，擦亮康养“金名片”。')).toEqual([]);
  });

  it('drops a hospital’s or a school’s rank, and a footnote’s mark the page put inside the quotes', () => {
    expect(quoted('县人民医院通过“三级甲等”评审，城关中学评为“省一级甲等[2]”，两所幼儿园评为“市一级幼儿园”。')).toEqual(
      [],
    );
    expect(quoted('县医院晋升“三甲”，按照“20平方公里20万人口”规划建设新城。')).toEqual([]);
    expect(quoted('探索“生态银行（3）”改革。')).toEqual(['programme:生态银行']);
  });
});

describe("a document's title", () => {
  const withSurface = (text: string) => {
    const report = reportOf(text, { region: '平遥县' });
    return extract(report, [patternProgrammes]).map((m) => `${m.name}|${report.text.slice(m.start, m.end)}`);
  };

  it('names the programme it is about when its words are the name', () => {
    expect(withSurface('印发《古城保护提升行动方案》。')).toEqual(['古城保护提升行动|古城保护提升行动']);
    expect(withSurface('出台《关于深化古城保护专项行动的意见》。')).toEqual(['古城保护专项行动|古城保护专项行动']);
  });

  it('names nothing with a piece cut out of a longer title', () => {
    expect(withSurface('编制《加快推进区域协调发展暨融入省会都市圈战略三年行动方案》。')).toEqual([]);
  });
});

describe('a dictionary word of a state', () => {
  it('is a result told, not a name (全部“清零”), as jieba tags it a word of state', () => {
    expect(quoted('历时二十天，全县隐患全部“清零”。')).toEqual([]);
    // a numbered form of it stays a name the region coins (“双清零”行动)
    expect(quoted('开展“双清零”行动。')).toEqual(['programme:双清零']);
  });
});

describe('a dictionary word of four characters', () => {
  it('is an idiom when jieba knows it as one word, though it tags it a person’s name', () => {
    expect(quoted('实现自然与文化的“比翼双飞”。')).toEqual([]);
    // a common noun of four may be a title the region sets out to win
    expect(quoted('争创“全国卫生城市”。')).not.toEqual([]);
  });

  it('is not a coined name jieba does not know as one word', () => {
    expect(quoted('推行“即来即办”服务。')).toEqual(['programme:即来即办']);
  });
});
