// Quoted names are kept by default and typed by their context: who the sentence attributes them
// to, the word after them, their form. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { quotedProgrammes } from '../../src/extract/programme/index.js';
import { classifyQuoted } from '../../src/extract/programme/classify.js';
import { attribution } from '../../src/extract/programme/attribution.js';
import { resolve } from '../../src/resolve/index.js';
import type { RegionLevel } from '../../src/types.js';
import { reportOf } from '../fixtures/report.js';
import { mentionOf } from '../fixtures/mention.js';

/** Every quoted mention in `text`, as a report of `region` at `level` would give. */
function quotedMentions(text: string, region = '平遥县', level: RegionLevel = 'county') {
  const report = reportOf(text, { region });
  report.region = { name: region, level };
  return extract(report, [quotedProgrammes]);
}

/** `type:name` of every quoted mention in `text`. */
function quoted(text: string, region = '平遥县', level: RegionLevel = 'county'): string[] {
  return quotedMentions(text, region, level).map((m) => `${m.type}:${m.name}`);
}

describe('a numbered line named after a region above the issuer', () => {
  const inCounty = (text: string) => {
    const report = reportOf(text, { region: '平遥县' });
    report.region = { name: '平遥县', level: 'county', parent: '晋中市', province: '山西省' };
    return extract(report, [quotedProgrammes]).map((m) => `${m.type}:${m.name}`);
  };

  it('is that region’s programme; the region’s own line and its positionings naming the city stay slogans', () => {
    expect(inCounty('全面落实“五个晋中”建设要求。')).toEqual(['programme:五个晋中']);
    expect(inCounty('奋力建设“三个山西”。')).toEqual(['programme:三个山西']);
    expect(inCounty('加快建设“五个平遥”。')).toEqual(['slogan:五个平遥']);
    // its own line carried out is still its own, unless a higher body is named
    expect(inCounty('全面落实“五个平遥”建设总体思路。')).toEqual(['slogan:五个平遥']);
    expect(inCounty('全面落实市委“五个平遥”建设部署。')).toEqual(['programme:五个平遥']);
    expect(inCounty('打造“晋中南康养名县”。')).toEqual(['slogan:晋中南康养名县']);
  });
});

describe('a quoted name is kept without a listed cue', () => {
  it('keeps a quoted service after any verb, typed a programme', () => {
    expect(quoted('今年创新推出“暖企直通车”，为企业解难题。')).toEqual(['programme:暖企直通车']);
    expect(quoted('紧扣“链式招商”，引进项目12个。')).toEqual(['programme:链式招商']);
  });

  it('still drops emphasis, plain words, grades, product varieties, percentages and titles', () => {
    expect(quoted('年度考核获评“优秀”等次。')).toEqual([]);
    expect(quoted('争取到专项债等“三类”资金12亿元。')).toEqual([]);
    expect(quoted('对照“四大类”26项指标逐项查摆短板。')).toEqual([]);
    // a fight fought
    expect(quoted('一年来全力“战疫”“战汛”，成效明显。')).toEqual([]);
    // the idiom of the most of a kind is emphasis
    expect(quoted('聚焦“急中之急”“险中之险”，抓实“稳岗扩岗”行动。')).toEqual(['programme:稳岗扩岗']);
    expect(quoted('点亮青年“梦想”。')).toEqual([]);
    // a span of years named by what filled it, and a saying of emphasis
    expect(quoted('顶住了比“疫情三年”更大的压力。')).toEqual([]);
    expect(quoted('坚持防汛救灾和灾后重建“两手抓”“两手硬”。')).toEqual([]);
    // (a year's campaign is no span: “项目攻坚年”)
    expect(quoted('开展“项目攻坚年”活动。')).toEqual(['programme:项目攻坚年']);
    expect(quoted('推广“晋麦1号”良种。')).toEqual([]);
    expect(quoted('完成率“100%”。')).toEqual([]);
    expect(quoted('印发“《实施方案》”。')).toEqual([]);
    expect(quoted('群众说“我们放心了”。')).toEqual([]);
    expect(quoted('推行“保姆式”服务。')).toEqual([]);
    // a word that ends in 式 is no manner
    expect(quoted('完善提升“太谷模式”。')).toEqual(['programme:太谷模式']);
  });

  it('reads a plain word as the name of the mechanism or campaign right after it', () => {
    expect(quoted('建立项目建设“红黑榜”制度。')).toEqual(['programme:红黑榜']);
    expect(quoted('实施职工“娘家人”工程。')).toEqual(['programme:娘家人']);
    expect(quoted('推行企业“光荣榜”制度。')).toEqual(['programme:光荣榜']);
    // an idiom or a plain word before a plan's or a campaign's word (sentences written for the test)
    expect(quoted('实施骨干企业“龙腾虎跃”计划，开展“清风”活动。')).toEqual(['programme:龙腾虎跃', 'programme:清风']);
    // a mechanism's word after what the mechanism does (考核制度, 评价机制) names it too
    expect(quoted('全面推行干部“光荣榜”考核制度。')).toEqual(['programme:光荣榜']);
    expect(quoted('建立重点项目“红黑榜”评价机制。')).toEqual(['programme:红黑榜']);
    // (but not a word three characters or more away from it)
    expect(quoted('登上“红黑榜”的企业纳入信用监管制度。')).toEqual([]);
    // the same words as emphasis name nothing
    expect(quoted('当好职工“娘家人”。')).toEqual([]);
    expect(quoted('登上项目建设“红黑榜”。')).toEqual([]);
  });

  it('drops streaks, answer sheets and the stock metaphors of officialese (sentences written for the test)', () => {
    expect(quoted('排名实现“三连升”，粮食生产“十二连丰”。')).toEqual([]);
    // a numbered set of answer sheets is a line, not a result told
    expect(quoted('坚决答好“两张答卷”。')).toEqual(['slogan:两张答卷']);
    expect(quoted('交出了一份“民生答卷”，书写了“抗旱答卷”。')).toEqual([]);
    expect(quoted('考核进入全市“第一方阵”，获评五块“金字招牌”，圆满完成全国“两会”安保。')).toEqual([]);
    expect(quoted('严打“黄赌毒”，织密“天罗地网”，交出“高分报表”和“成绩单”，争当“优等生”。')).toEqual([]);
    expect(quoted('解决群众“急难愁盼”，整治“蝇贪蚁腐”，点燃城市“烟火气”。')).toEqual([]);
    expect(quoted('推行“线上线下”融合审批，完成园区“四至范围”核定，严控“三公经费”。')).toEqual([]);
    expect(quoted('筑起联防联控的“钢铁长城”，致敬“白衣战士”和“最可爱的人”，全县未“封城”。')).toEqual([]);
    // (trying a thing first, 在景区“先行先试”, is how a pilot is done, not its name)
    expect(quoted('支持氢能在园区“先行先试”。')).toEqual([]);
    // levels of government in a row, and a ranking, name nothing
    expect(quoted('构建“县、乡、村、组”四级联防体系，入选“全省县域经济三十强”。')).toEqual([]);
    // (六增六强 counts no ranking: a bundle of counted acts, a programme)
    expect(quoted('全力推动“六增六强”。')).toEqual(['programme:六增六强']);
    // a count without its noun
    expect(quoted('统筹推进“三大”“五化”。')).toEqual(['slogan:五化']);
    // an event named by its date, and a stock metaphor
    expect(quoted('打赢“10·6”疫情阻击战，抗击“7·20”特大暴雨，按下项目建设“快进键”。')).toEqual([]);
    expect(quoted('打赢“0331”疫情防控阻击战。')).toEqual([]);
    expect(quoted('成功应对“0520”“0706”两轮疫情冲击，“0706”期间全员坚守。')).toEqual([]);
    // (a numbered line starting with 1 is a count: “1233”)
    expect(quoted('成功落实“1233”工作思路。')).toEqual(['slogan:1233工作思路']);
    // a quote the page mispaired, a clause of which is only a number
    expect(quoted('落实精密智控“24，建立进口食品”要求。')).toEqual([]);
    // beats that are each emphasis are emphasis; one beat that is not keeps the line
    expect(quoted('打造“宜居、宜业、宜游”魅力城市。')).toEqual([]);
    expect(quoted('打造“宜居、宜业、宜游、平遥”魅力城市。')).not.toEqual([]);
    // a numbered line is still a name: 三连 with a noun is no streak
    expect(quoted('推行“三连三帮”工作法。')).toEqual(['programme:三连三帮']);
  });

  it('reads the words after a footnote’s mark as the words after the quotes', () => {
    expect(quoted('坚定实施“稳进提质”[1]发展战略。')).toEqual(['slogan:稳进提质']);
    expect(quoted('围绕“一三五八”〔2〕工作体系。')).toEqual(['slogan:一三五八工作体系']);
    expect(quoted('深化“三联三帮”(3)行动。')).toEqual(['programme:三联三帮']);
    expect(quoted('全面落实“五新两城”【4】工作部署，推进“三大攻坚、两大提升【5】”。')).toEqual([
      'programme:五新两城',
      'slogan:三大攻坚、两大提升',
    ]);
  });

  it('trims spaces inside and after the quotes', () => {
    expect(quoted('深化拓展“ 双争 ” 行动。')).toEqual(['programme:双争']);
  });
});

describe('numbered work lines', () => {
  it('reads a line numbered in Chinese numerals with its noun; numerals alone are no name', () => {
    expect(quoted('围绕市委“一三五八”工作体系。')).toEqual(['programme:一三五八工作体系']);
    expect(quoted('大力实施“二三四五”高质量发展战略。')).toEqual(['slogan:二三四五高质量发展战略']);
    expect(quoted('完成“三五”任务，实现“一二三”。')).toEqual([]);
  });

  it('reads a number that names a work line as that line, not as the lexicon’s 12345 hotline', () => {
    expect(quoted('聚焦县委“12345”发展思路。')).toEqual(['slogan:12345发展思路']);
    expect(quoted('省委作出“12345”的重大部署。')).toEqual(['programme:12345重大部署']);
    expect(quoted('提升“12345”政务服务热线服务功能。')).toEqual(['programme:12345']);
  });

  it('reads a number with no noun that no one above is given as the region’s own line', () => {
    expect(quoted('全力冲刺“286”，确保全年目标完成。')).toEqual(['slogan:286']);
    expect(quoted('扎实推进“5343”巩固提升，守住底线。')).toEqual(['slogan:5343']);
    // a body above it, parts joined by +, a public service's number: not the region's own
    expect(quoted('全面落实市委“5343”，守住底线。')).toEqual(['programme:5343']);
    expect(quoted('聚焦“4+6”延链补链。')).toEqual(['programme:4+6']);
    expect(quoted('畅通“12319”，及时回应诉求。')).toEqual(['programme:12319']);
  });

  it('keeps the noun after the number, whatever it is', () => {
    expect(quoted('深入开展“4+2”行动。')).toEqual(['programme:4+2行动']);
    expect(quoted('认真落实省委“2345”重点任务和县委部署。')).toEqual(['programme:2345重点任务']);
    expect(quoted('全面推进“135”发展思路。')).toEqual(['slogan:135发展思路']);
  });

  it('reads plus signs lost to form encoding before a letter too (“20 10 x” for “20+10+x”)', () => {
    expect(quoted('形成“20 10 x”工业园区规划体系。')).toEqual(['programme:20+10+x']);
  });

  it('reads a plus sign lost to form encoding (“3 2” for “3+2”)', () => {
    expect(quoted('构建“3 2”现代产业体系。')).toEqual(['slogan:3+2现代产业体系']);
  });

  it('reads great tasks counted (“三件大事”) as a higher level’s, unless the sentence gives them to the region', () => {
    expect(quoted('一年来，我们统筹抓好“三件大事”，全力稳增长。')).toEqual(['programme:三件大事']);
    expect(quoted('聚焦“四件大事”，奋力攻坚。')).toEqual(['programme:四件大事']);
    expect(quoted('县委提出“两件大事”，全力以赴。')).toEqual(['slogan:两件大事']);
    // other counted lines stay the region's own
    expect(quoted('统筹抓好“三个重点”。')).toEqual(['slogan:三个重点']);
  });

  it('reads a number the region gives its own plan (…体系, …布局, …任务) as its slogan, unless a higher body is named', () => {
    expect(quoted('锚定“3579”工作任务，全力抓项目。')).toEqual(['slogan:3579工作任务']);
    expect(quoted('优化调整“4+3+N”产业布局。')).toEqual(['slogan:4+3+N产业布局']);
    expect(quoted('出台“1+8+1”政策体系，释放政策红利。')).toEqual(['slogan:1+8+1政策体系']);
    expect(quoted('按照“二四一三”工作体系，全面起势。')).toEqual(['slogan:二四一三工作体系']);
    expect(quoted('锚定“268”战略举措，打好攻坚战。', '榆次市', 'city')).toEqual(['slogan:268战略举措']);
    // a higher body's plan is a programme here; a campaign or a project stays one
    expect(quoted('落实省委“1+8+1”政策体系。')).toEqual(['programme:1+8+1政策体系']);
    expect(quoted('认真落实省委“2345”重点任务。')).toEqual(['programme:2345重点任务']);
    expect(quoted('深入开展“4+2”行动。')).toEqual(['programme:4+2行动']);
  });
});

describe('attribution decides programme or slogan', () => {
  it('ranks the attributing body against the issuing region', () => {
    expect(attribution('认真落实省委', 'city')).toBe('higher');
    expect(attribution('对照市委', 'county')).toBe('higher');
    expect(attribution('贯彻市委', 'city')).toBe('own');
    expect(attribution('聚焦区委', 'district')).toBe('own');
    expect(attribution('坚决贯彻习近平总书记', 'county')).toBe('higher');
    // what is carried out (贯彻) or given (赋予) came from above, whoever the sentence names
    expect(attribution('认真贯彻', 'county')).toBe('higher');
    expect(attribution('牢记赋予', 'county')).toBe('higher');
    // (given to a region named after the verb, too: 赋予成渝地区“…”的定位)
    expect(attribution('赋予成渝地区', 'county')).toBe('higher');
    expect(quoted('赋予成渝地区“两中心两地”的定位，我们奋力争先。')).toEqual(['programme:两中心两地']);
    expect(attribution('赋予了新的使命，全力推进', 'county')).toBeUndefined();
    // (given to the region itself, 赋予我们“…”, it is the region's own positioning, whoever gave it)
    expect(attribution('赋予我们', 'county')).toBe('own');
    expect(attribution('省委赋予我市', 'city', '市')).toBe('own');
    expect(quoted('省委赋予我县“晋中南康养名县”的定位。')).toEqual(['slogan:晋中南康养名县']);
    expect(attribution('全力推进', 'county')).toBeUndefined();
    // an attribution in an earlier clause says nothing about this quote
    expect(attribution('在市委领导下，全力推进', 'county')).toBeUndefined();
  });

  it('reads 全区, 全市, 全县 before a quote as the issuer or a whole above it, by the issuer’s own kind', () => {
    // 全区 in a district's report, 全市 in a county-level city's: the issuer itself
    expect(attribution('认真落实全区', 'district', '区')).toBe('own');
    expect(attribution('认真落实全市', 'county', '市')).toBe('own');
    // a bare 市委 in a county-level city's report is its own committee; its prefecture's is named
    expect(attribution('围绕市委', 'county', '市')).toBe('own');
    expect(attribution('坚持市政府', 'county', '市')).toBe('own');
    expect(attribution('落实晋中市委', 'county', '市')).toBe('higher');
    expect(attribution('围绕市委', 'county', '县')).toBe('higher');
    expect(attribution('围绕市委', 'district', '区')).toBe('higher');
    // 全市 in a county's or a district's report is the city; 全区 in a county's or a city's, the autonomous region
    expect(attribution('认真落实全市', 'county', '县')).toBe('higher');
    expect(attribution('认真落实全市', 'district', '区')).toBe('higher');
    expect(attribution('认真落实全区', 'county', '县')).toBe('higher');
    expect(attribution('认真落实全区', 'city', '市')).toBe('higher');
    // 全县 in a city's report says nothing of whose the line is
    expect(attribution('认真落实全县', 'city', '市')).toBeUndefined();
    expect(quoted('认真落实全市“十项行动”和全区“1+10”实施方案。', '河东区', 'district')).toEqual([
      'programme:十项行动',
      'slogan:1+10',
    ]);
    // a city's positioning named in a county's report is a programme there, named without its verb
    expect(quoted('围绕全市“打造黄河东岸生态样板区”目标。')).toEqual(['programme:黄河东岸生态样板区']);
  });

  it('makes a higher level’s line a programme and the same line of the region itself a slogan', () => {
    expect(quoted('认真贯彻“四个办好”要求，牢记赋予“三个基地”的使命任务。')).toEqual([
      'programme:四个办好',
      'programme:三个基地',
    ]);
    expect(quoted('加快建设“三个基地”。')).toEqual(['slogan:三个基地']);
    // (so is a counted rule the region carries out or lives up to: 严格执行“…”, 做到“…”)
    expect(quoted('严格执行“五个必须”，切实做到“三个到位”。')).toEqual(['programme:五个必须', 'programme:三个到位']);
    expect(quoted('全面落实市委“两区三城”部署。', '平遥县', 'county')).toEqual(['programme:两区三城']);
    expect(quoted('全面推进市委“两区三城”部署。', '晋中市', 'city')).toEqual(['slogan:两区三城']);
  });

  it('names a line numbered in words with its 策略 too', () => {
    expect(quoted('锚定县委“一三五七”发展策略。')).toEqual(['slogan:一三五七发展策略']);
  });

  it('makes a region’s own numbered line a slogan, a method 一X一Y a programme', () => {
    expect(quoted('奋力打造“两区三城”。')).toEqual(['slogan:两区三城']);
    expect(quoted('建立“一户一档”服务台账。')).toEqual(['programme:一户一档']);
    expect(quoted('深入开展“两区三城”攻坚行动。')).toEqual(['programme:两区三城']);
  });

  it('makes a spatial layout of numbered parts a slogan though a part ends like a programme (…基地)', () => {
    expect(quoted('聚力建设“两城三区四基地”。')).toEqual(['slogan:两城三区四基地']);
    expect(quoted('构建“一核两翼三带”发展格局。')).toEqual(['slogan:一核两翼三带']);
    // a part that is no place (两企, two firms) makes no layout
    expect(quoted('推进“三园两企一基地”建设。')).toEqual(['programme:三园两企一基地']);
    // the places a region means to be, counted, are its layout too (lines written for the test)
    expect(quoted('加快“一枢纽两中心三基地”建设。')).toEqual(['slogan:一枢纽两中心三基地']);
    expect(quoted('奋力打造“三高地两示范区”。')).toEqual(['slogan:三高地两示范区']);
    expect(quoted('围绕“一地一市”战略定位。')).toEqual(['slogan:一地一市']);
    // a method one by one stays one (一地一策: a measure for each place)
    expect(quoted('坚持“一地一策”精准施策。')).toEqual(['programme:一地一策']);
  });

  it('makes a bundle of counted acts a programme, counted places a layout and counted years a plan', () => {
    expect(quoted('开展“五比五拼”，推行“三单一表”，完善“一约四会”。')).toEqual([
      'programme:五比五拼',
      'programme:三单一表',
      'programme:一约四会',
    ]);
    expect(quoted('加快建设“一区五园”，推进“五年三步走”。')).toEqual(['slogan:一区五园', 'slogan:五年三步走']);
    // the region's own, when the sentence gives it to the region
    expect(quoted('坚持县委“五比五拼”，全力冲刺。')).toEqual(['slogan:五比五拼']);
  });

  it('reads counted strategies or tasks without quotes right after their verb as if quoted', () => {
    expect(quoted('今年持续推进五大战略，集中做好三篇文章，扎实开展六大攻坚。')).toEqual([
      'slogan:五大战略',
      'slogan:三篇文章',
      'programme:六大攻坚',
    ]);
    // (做实, as 做好 and 写好)
    expect(quoted('全力做实两篇文章，稳住基本盘。')).toEqual(['slogan:两篇文章']);
    // given to a higher level, they are its programme
    expect(quoted('全面落实市委三大战略，推进各项工作。')).toEqual(['programme:三大战略']);
    // its clause goes on (the count describes something else), the verb is not next to it, or the
    // count is part of a longer number (党的二十大)
    expect(quoted('实施两大战略性工程，推进城乡融合三大战略，深入学习贯彻二十大精神。')).toEqual([]);
  });

  it('makes a numbered set of rules (…制度) a programme', () => {
    expect(quoted('建立健全“四项制度”，规范村级财务。')).toEqual(['programme:四项制度']);
  });

  it('reads positionings and brands as slogans', () => {
    expect(quoted('加快建设“生态康养之城”。')).toEqual(['slogan:生态康养之城']);
    expect(quoted('紧紧围绕建设“活力创新之区”的工作定位。', '小店区', 'district')).toEqual(['slogan:活力创新之区']);
    // what the region sets itself as its goal (以…“…”为目标), whatever its head
    expect(quoted('以打造“区域物流服务基地”为目标，加强要素保障。')).toEqual(['slogan:区域物流服务基地']);
    expect(quoted('擦亮“古城快办”政务服务品牌。')).toEqual(['slogan:古城快办']);
    // a plain word of the dictionary names a service brand too (it is emphasis elsewhere: 让游客“回家”)
    expect(quoted('积极打造“回家”服务品牌，擦亮“吉祥如意”政务服务品牌，欢迎游客“回家”。')).toEqual([
      'slogan:回家',
      'slogan:吉祥如意',
    ]);
    expect(quoted('围绕“打造晋中南康养高地”目标。')).toEqual(['slogan:晋中南康养高地']);
    // a positioning with its 建设 inside the quotes; the brand of a product (a sector's word after the quotes)
    expect(quoted('紧紧围绕“市域副中心城市建设”。')).toEqual(['slogan:市域副中心城市建设']);
    expect(quoted('“古陶”苹果种植规模达到2万亩。')).toEqual(['slogan:古陶']);
    // the leader a region means to be, named by what it leads (alone the word is a figure of speech)
    expect(quoted('以争当“晋中文旅领头羊”为抓手，打造“东出桥头堡”，不当“火车头”。')).toEqual([
      'slogan:晋中文旅领头羊',
      'slogan:东出桥头堡',
    ]);
  });

  it('reads a long quote called the region’s goal as its slogan (its leading verb dropped); a long quote alone is an instruction', () => {
    expect(quoted('紧紧围绕“争当晋中推动太忻一体化高质量发展开路先锋”奋斗目标。')).toEqual([
      'slogan:晋中推动太忻一体化高质量发展开路先锋',
    ]);
    expect(quoted('锚定“晋中南部经济圈工业强县、全市乡村振兴先行区、文化厚重和美新平遥”蓝图目标。')).toEqual([
      'slogan:晋中南部经济圈工业强县、全市乡村振兴先行区、文化厚重和美新平遥',
    ]);
    expect(quoted('牢记“争当晋中推动太忻一体化高质量发展开路先锋”的嘱托。')).toEqual([]);
    // so is the region's strategic course (战略方向), its clauses as long as a goal's
    expect(quoted('紧盯“实现领跑全省县域发展、打造高品质现代化县城”战略方向。')).toEqual([
      'slogan:实现领跑全省县域发展、打造高品质现代化县城',
    ]);
    expect(quoted('紧盯“实现领跑全省县域发展、打造高品质现代化县城”的要求。')).toEqual([]);
    // a long quote that ends in a positioning's head (排头兵, 高地) is the region's positioning, up to 24 characters
    expect(quoted('紧紧围绕“争当山西中部城市群县域高质量发展排头兵”的部署。')).toEqual([
      'slogan:山西中部城市群县域高质量发展排头兵',
    ]);
    expect(quoted('紧紧围绕“推进全县各乡镇各部门各行业全面加快推动高质量发展再上新台阶”。')).toEqual([]);
  });

  it('names the region’s line with its name when the name follows the quotes', () => {
    expect(quoted('“双百”平遥建设迈出坚实步伐。')).toEqual(['slogan:双百平遥']);
  });

  it('names the qualities of the new region the report sets out to build by the quotes', () => {
    expect(quoted('奋力建设“开放、创新、宜居、共享”现代化新平遥。')).toEqual(['slogan:开放、创新、宜居、共享']);
    expect(quoted('加快建设“山水林田”美丽平遥。')).toEqual(['slogan:山水林田']);
    // a line of the lexicon so written stays the lexicon's programme
    expect(quoted('推进“千万工程”新平遥建设。')).toEqual(['programme:千万工程']);
    // another region's name after the quotes is no line of this one
    expect(quoted('学习“开放、创新、宜居、共享”现代化新太谷经验。')).not.toContain('slogan:开放、创新、宜居、共享');
    // a region whose own name starts with 新 is not 新 and the rest of its name: no quality stands before it
    expect(quoted('推广“古城夜游”新安站经验。', '新安县')).toEqual(['programme:古城夜游']);
    expect(quoted('加快建设“山水林田”美丽新安。', '新安县')).toEqual(['slogan:山水林田']);
  });

  it('tells methods from positionings among parallel beats', () => {
    expect(quoted('坚持“控污、降尘、治水”多措并举。')).toEqual(['programme:控污、降尘、治水']);
    // beats the government holds itself to or works by, nothing higher named, are its own line
    expect(quoted('坚持“向东开放、向西拓展”统筹用力。')).toEqual(['slogan:向东开放、向西拓展']);
    expect(quoted('锚定“实干为先、争先进位”，奋力前行。')).toEqual(['slogan:实干为先、争先进位']);
    expect(quoted('以“精细、精准、精美”引领城市管理。')).toEqual(['slogan:精细、精准、精美']);
    // (a campaign so named is still a programme: 以“…”活动为抓手)
    expect(quoted('以“走村入户、问需于民”活动为抓手。')).toEqual(['programme:走村入户、问需于民']);
    expect(quoted('坚定“工业立县、文旅兴县”不动摇。')).toEqual(['slogan:工业立县、文旅兴县']);
    // beats the sentence calls the region's strategy (…总战略, …发展思路) are its own line
    expect(quoted('深入实施“东进西拓、南联北融”总战略。')).toEqual(['slogan:东进西拓、南联北融']);
    expect(quoted('按照“抓项目、稳增长、优服务、保平安”工作总思路推进。')).toEqual([
      'slogan:抓项目、稳增长、优服务、保平安',
    ]);
    expect(quoted('坚持“抓党建、促发展、保稳定”总体思路。')).toEqual(['slogan:抓党建、促发展、保稳定']);
    // …工作总基调 too, the tone the region sets itself; the centre's 稳中求进 alone stays a formula, no name
    expect(quoted('坚持“稳中求进、进中求好、好中求快”工作总基调。')).toEqual(['slogan:稳中求进、进中求好、好中求快']);
    expect(quoted('坚持“稳中求进”工作总基调。')).toEqual([]);
    // the same beats a higher body set out are its programme here
    expect(quoted('落实市委“抓项目、稳增长、优服务、保平安”工作总思路。')).toEqual([
      'programme:抓项目、稳增长、优服务、保平安',
    ]);
    // a beat that names a positioning (排头兵, 高地) makes the line the region's own
    expect(quoted('坚定不移“抓好三件事、争当排头兵”。')).toEqual(['slogan:抓好三件事、争当排头兵']);
  });
});

describe('nested and rank-named quotes', () => {
  it('names the terms in single quotes inside double ones', () => {
    expect(quoted('深入贯彻省委“建设‘两个中心’、实施‘三项工程’”工作部署。')).toEqual([
      'programme:两个中心',
      'programme:三项工程',
    ]);
  });

  it('names a campaign by the whole quote too, the terms inside it still their own', () => {
    expect(quoted('开展“传承‘红旗渠精神’、争做时代先锋”主题实践活动。')).toEqual([
      'programme:传承红旗渠精神、争做时代先锋',
      'programme:红旗渠精神',
    ]);
  });

  it('names a goal by the whole quote too, its word no noun of the last inner term', () => {
    expect(quoted('紧扣“建设区域枢纽城市、打造‘四个新平遥’”奋斗目标，砥砺奋进。')).toEqual([
      'slogan:建设区域枢纽城市、打造四个新平遥',
      'slogan:四个新平遥',
    ]);
  });

  it('names a mission the region takes on by the whole quote, its clauses as long as a goal’s', () => {
    expect(quoted('我们锚定“建设汾河生态保护示范区、打造晋中南康养样板县”使命任务，砥砺奋进。')).toEqual([
      'slogan:建设汾河生态保护示范区、打造晋中南康养样板县',
    ]);
    expect(quoted('省委赋予我们“在文旅融合、城乡统筹中走在晋中市各县前列”的重大使命。')).toEqual([
      'slogan:在文旅融合、城乡统筹中走在晋中市各县前列',
    ]);
    // (a longer clause is still a sentence quoted, not a name)
    expect(quoted('省委赋予我们“在文旅融合、城乡统筹和生态保护中全面走在晋中市所有县区前列”的重大使命。')).toEqual([]);
  });

  it('names a bundle whose part is set off in single quotes whole, marks dropped', () => {
    expect(quoted('推行“‘一窗’受理+容缺办理+全程帮办”服务模式。')).toEqual(['programme:一窗受理+容缺办理+全程帮办']);
    // (without a + between its parts the outer quote still only holds the inner names)
    expect(quoted('深入贯彻省委“建设‘两个中心’、实施‘三项工程’”工作部署。')).toHaveLength(2);
  });

  it('reads a goal among beats that ends in a ranking, and beats called the region’s theme, as its slogans', () => {
    expect(quoted('紧盯“融入城市群、冲刺前十强”目标。')).toEqual(['slogan:融入城市群、冲刺前十强']);
    // a ranking alone is still no name
    expect(quoted('跻身“全省前十强”。')).toEqual([]);
    expect(quoted('入选“2024中部县域百强县”。')).toEqual([]);
    // the ranking's kind alone in the quotes, after what is ranked (数字化“百强县”, 综合实力“千强镇”)
    expect(quoted('上榜全国电子商务“百强县”，入选综合实力“千强镇”。')).toEqual([]);
    expect(quoted('紧扣“产业提质、城乡提颜、民生提标”主题。')).toEqual(['slogan:产业提质、城乡提颜、民生提标']);
    expect(quoted('实施“南引北联、东融西拓”发展路径。')).toEqual(['slogan:南引北联、东融西拓']);
    // the philosophy the region holds to and the cards it presents itself by are its own lines
    expect(quoted('始终坚持“统筹联动、整体推进”科学理念不动摇。')).toEqual(['slogan:统筹联动、整体推进']);
    expect(quoted('牢固树立“城乡一体、全域协同”理念。')).toEqual(['slogan:城乡一体、全域协同']);
    expect(quoted('做强“精密铸造、特色果蔬、康养度假”三张产业名片。')).toEqual(['slogan:精密铸造、特色果蔬、康养度假']);
    // a run of quotes with the count of its strategies after it
    expect(quoted('系统推进“工业强基产业升级”“生态优先绿色崛起”两大战略。')).toEqual([
      'slogan:工业强基产业升级',
      'slogan:生态优先绿色崛起',
    ]);
    // the region's part of a national 强国 strategy is a programme, called a strategy or not
    expect(quoted('深入实施“人才强县”战略。')).toEqual(['programme:人才强县']);
    // a 主题教育 or 主题活动 is a campaign, not the region's theme
    expect(quoted('开展“学思想、强党性”主题教育。')).toEqual(['programme:学思想、强党性']);
  });

  it('drops titles won, the state of the economy, zero outcomes and statistical categories', () => {
    expect(quoted('先后获评“全国绿化模范县”“省级园林县城”等称号。')).toEqual([]);
    expect(quoted('荣获“全国科普先进县”荣誉称号。')).toEqual([]);
    // a pilot, a demonstration or a reform among the titles is a programme the region takes part in
    expect(quoted('获评“全省卫生县城”“省级低碳试点县”等称号。')).toEqual(['programme:低碳试点县']);
    // though it names a place like a positioning does
    expect(quoted('获评“全国海绵城市建设示范城市”称号。')).toEqual(['programme:海绵城市建设示范城市']);
    expect(quoted('经济运行呈现“稳中提质、质中向优”的良好发展态势。')).toEqual([]);
    expect(quoted('“量质齐升、稳中向好”势头更加巩固。')).toEqual([]);
    expect(quoted('全年实现“零确诊”“零感染”，新增“四上”企业12家、“五上”企业3家。')).toEqual([]);
    expect(quoted('实现“零疑似”“零病例”，摘掉“贫困帽”，财政收入“破百亿”，新增“规上”企业8家。')).toEqual([]);
    // where the region came from and goes to
    expect(quoted('实现从“边远小城”迈向开放前沿，从“跟跑”到“领跑”的跨越。')).toEqual([]);
    expect(quoted('工业由“单打独斗”向“抱团发展”转变。')).toEqual([]);
    // without 从, a quote that goes to another is a state too, and so are the links a chain joins
    expect(quoted('产业实现“小散弱”到“大集强”的转变。')).toEqual([]);
    expect(quoted('构建“种植、加工、仓储、销售”为一体的产业链。')).toEqual([]);
    expect(quoted('推动“种植、加工、仓储、销售”一体发展。')).toEqual(['programme:种植、加工、仓储、销售']);
    // a weather event's name
    expect(quoted('有效应对超强台风“海燕”影响。')).toEqual([]);
    // a title the region sets out to win is still its goal
    expect(quoted('争创“全国文明城市”。')).not.toEqual([]);
  });

  it('names the region’s line numbered in words with its noun (“四区”发展定位)', () => {
    expect(quoted('围绕“三区”发展定位，加快建设。')).toEqual(['slogan:三区发展定位']);
    expect(quoted('奋力打造“三个百亿级”产业集群。')).toEqual(['slogan:三个百亿级产业']);
    // a verb after the quotes is the sentence going on, not the line's noun
    expect(quoted('坚持“两同步”建设生态产业。')).toEqual(['slogan:两同步']);
    // nor is what is asked of the region (a level above's directive, a programme: programme.test.ts)
    expect(quoted('按照“四到位”新要求，扎实推进。')).toEqual(['programme:四到位']);
    // and with the kind of place it makes the region (“四化”现代都市, “四区”首善之地)
    expect(quoted('推进“三美”生态都市、“两区”宜居之地建设。')).toEqual(['slogan:三美生态都市', 'slogan:两区宜居之地']);
    expect(quoted('推进“三美”融合发展。')).toEqual(['slogan:三美']);
  });

  it('names a zone numbered by what it joins with the zone’s word, whoever’s it is (“两湖”创新区)', () => {
    expect(quoted('奋力争当“两江”创新区建设主力军。')).toEqual(['slogan:两江创新区']);
    expect(quoted('携手共建“三湖”示范区，共创旅游度假区。')).toEqual(['slogan:三湖示范区']);
    expect(quoted('全面落实市委“两湾”合作区建设部署。')).toEqual(['programme:两湾合作区']);
    // the count alone is no alias: it would link every region's two rivers
    expect(quotedMentions('奋力争当“两江”创新区建设主力军。').map((m) => m.aliases ?? [])).toEqual([[]]);
    // without a zone's word the count is named alone
    expect(quoted('奋力争当“两江”建设主力军。')).toEqual(['slogan:两江']);
  });

  it('reads how a year went, “…”的一年, as no name', () => {
    expect(quoted('刚刚过去的一年，是“披荆斩棘、奋勇向前”的一年。')).toEqual([]);
    expect(quoted('这是“爬坡过坎”的一年，也是“化危为机”的一年。')).toEqual([]);
    // a quote followed by more than the year keeps its reading
    expect(quoted('今年是“十五五”开局的一年，深入实施“强县富民”工程。')).toContain('programme:强县富民');
  });

  it('keeps a 方针 after a counted line as its noun, as 思路 or 要求 is (sentences written for the test)', () => {
    expect(quotedMentions('围绕省委“二十四字”工作方针，解放思想。').map((m) => m.aliases)).toEqual([
      ['二十四字工作方针'],
    ]);
    expect(quoted('全面落实省委“八字”方针。')).toEqual(['programme:八字方针']);
  });

  it('reads the parts a report is divided into as headings, no names (sentences written for the test)', () => {
    expect(quoted('报告分为“2024年工作回顾”和“2025年工作安排”两大部分。')).toEqual([]);
    expect(quoted('报告共分“过去五年回顾”“今后五年目标”“明年重点工作”三个部分。')).toEqual([]);
    // (a quote followed by a part of something else keeps its reading)
    expect(quoted('深入实施“强县富民”工程，大部分乡镇完成任务。')).toEqual(['programme:强县富民']);
  });

  it('reads quotes a page marked singly or garbled, and pairs no stray mark', () => {
    expect(quoted('加快推进‘两区一中心’建设。')).toEqual(['slogan:两区一中心']);
    // a closing mark for an opening one, a single for a double
    expect(quoted('深入实施”3+2+N’产业发展计划。')).toEqual(['programme:3+2+N产业发展计划']);
    expect(quoted('全面推行“容缺受理“机制和“一件事一次办”改革。')).toEqual([
      'programme:容缺受理',
      'programme:一件事一次办',
    ]);
    // one stray mark and an apostrophe’s pair name nothing
    expect(quoted('全面完成”年度目标，实现开门红。')).toEqual([]);
    expect(quoted('推进China’s Xi’s对外合作。')).toEqual([]);
    // a stray before a single-marked quote does not take its opening mark
    expect(quoted('任务完成’，持续推进‘四好农村路’建设。')).toEqual(['programme:四好农村路']);
    // the text between two quotes whose other marks were lost is no quote written backwards
    expect(quoted('落实”工作要点，加强调度，其中“等政策。')).toEqual([]);
    expect(quoted('开展“三大行动”，其中”工作要点，其中“专项整治扎实推进。')).toEqual(['programme:三大行动']);
  });

  it('writes beats set apart by spaces with 、, and drops a space that cuts a word or stands beside 、', () => {
    expect(quoted('推出“早餐会 下午茶 夜沙龙”服务。')).toEqual(['programme:早餐会、下午茶、夜沙龙']);
    // a line broken on the scraped page inside 发展, and a space after 、
    expect(quoted('开展“学先进、促高质量发 展”活动。')).toEqual(['programme:学先进、促高质量发展']);
    expect(quoted('推行“网格化管控、 全天候服务”工作法。')).toEqual(['programme:网格化管控、全天候服务']);
  });

  it('names a rank name by the work before it, not by the level where it stands (在全省“一号改革工程”)', () => {
    expect(quoted('在全省“一号改革工程”推进会上作典型发言。')).toEqual(['programme:一号改革工程']);
  });

  it('names a set of articles (“二十条”) by the work before it, and a count of articles alone not at all', () => {
    expect(quoted('认真执行应急管理和安全生产工作“二十条”、新“十条”措施。')).toEqual([
      'programme:安全生产工作二十条',
      'programme:新十条',
    ]);
    expect(quoted('制定出台稳外贸“18条”。')).toEqual(['programme:稳外贸18条']);
    // (a verb and its object is the work: 稳增长, 保就业)
    expect(quoted('率先出台稳增长“30条”措施，落实保就业“十条”。')).toEqual([
      'programme:稳增长30条',
      'programme:保就业十条',
    ]);
    expect(quoted('全面落实“十条”。')).toEqual([]);
    // a sequence of movements (“三部曲”) too; a verb before it is what is done with it, not its work
    expect(quoted('深入推进文旅融合“三部曲”。')).toEqual(['programme:文旅融合三部曲']);
    expect(quoted('谱写“三部曲”。')).toEqual([]);
  });

  it('names a rank name (“一号工程”) by the work before it', () => {
    expect(quoted('全力实施招商引资“一号工程”。')).toEqual(['programme:招商引资一号工程']);
    // the work may name a quoted term of its own: the name keeps its words, not its quotes
    expect(quoted('全面落实“数字经济”提能升级“一号发展工程”。')).toContain('programme:数字经济提能升级一号发展工程');
    // a count before the quotes counts the rank names; the preposition before it is no work
    expect(quoted('以两个“一号工程”为总牵引。')).toEqual(['programme:两个一号工程']);
  });
});

describe('a count before a quoted plain word', () => {
  it('names the counted set when it is asked for or carried out', () => {
    expect(quoted('深入践行五个“坚定不移”，推动高质量发展。')).toEqual(['programme:五个坚定不移']);
    expect(quoted('牢记三个“始终”要求。')).toEqual(['programme:三个始终']);
    // a footnote's mark after the quote; the verb may carry a set listed before this one
    expect(quoted('认真落实市委“两城”部署和三个“始终”〔2〕要求。')).toContain('programme:三个始终');
  });

  it('leaves things counted, ordinals, formulas and rejected names alone', () => {
    expect(quoted('鼓起群众两个“口袋”，日子越过越好。')).toEqual([]);
    expect(quoted('迎来第二个“坚定不移”的十年。')).toEqual([]);
    // a central formula is the lexicon's and no programme
    expect(quoted('坚持两个“毫不动摇”。')).toEqual([]);
    // a ranking won several times stays a ranking
    expect(quoted('连续入围四个“全国百强县”榜单。')).toEqual([]);
    // a quote that is a name alone keeps its name
    expect(quoted('落实四个“最多跑一次”要求。')).toEqual(['programme:最多跑一次']);
  });
});

describe('a numbered line of parts joined by + without quotes', () => {
  it('is named with the noun of a line after it, as a quoted one is', () => {
    expect(quoted('做大做强3+1现代产业体系。')).toEqual(['slogan:3+1现代产业体系']);
    expect(quoted('加快构建2+N三大产业集群。')).toEqual(['slogan:2+N三大产业']);
  });

  it('leaves numbers without such a noun, sums and garbled quotes to other rules', () => {
    expect(quoted('实现1+1大于2的效果。')).toEqual([]);
    expect(quoted('推行3+2贯通培养。')).toEqual([]);
    expect(quoted('增长2.5+3个百分点。')).toEqual([]);
    // a quote the page garbled is quotesOf's, named once
    expect(quoted('构建”2+3’产业体系。')).toEqual(['slogan:2+3产业体系']);
  });
});

describe('corpus evidence', () => {
  const mention = (doc: string, name: string, type: 'programme' | 'slogan') => mentionOf(doc, name, { type });

  it('a line two regions use is a shared programme; a counted common noun stays each region’s own', () => {
    const issuers = new Map([
      ['a', '平遥县'],
      ['b', '介休市'],
      ['c', '平遥县'],
    ]);
    const shared = resolve([mention('a', '双轮驱动', 'slogan'), mention('b', '双轮驱动', 'slogan')], { issuers });
    expect(shared.map((e) => e.key)).toEqual(['programme:双轮驱动']);
    const ownTwice = resolve([mention('a', '双轮驱动', 'slogan'), mention('c', '双轮驱动', 'slogan')], { issuers });
    expect(ownTwice.map((e) => e.key)).toEqual(['slogan:双轮驱动']);
    const counted = resolve([mention('a', '三大战略', 'slogan'), mention('b', '三大战略', 'slogan')], { issuers });
    expect(counted.map((e) => e.key)).toEqual(['slogan:三大战略']);
  });

  it('a quoted name that no cue types is a programme', () => {
    expect(classifyQuoted({ inner: '链式招商', before: '坚持', after: '，', regionNames: [] })?.type).toBe('programme');
  });
});

describe('beats set apart by spaces', () => {
  it('are parallel beats, written with 、 in the name', () => {
    expect(quoted('开展“查隐患 防事故 保平安”专项行动。')).toEqual(['programme:查隐患、防事故、保平安']);
  });
});

describe('a lexicon programme named with the words around its quotes', () => {
  it('reads a quoted period with the work after it as the lexicon programme they name (“七五”普法)', () => {
    expect(quoted('获评全国“七五”普法中期先进县。')).toEqual(['programme:七五普法']);
  });

  it('reads a run of quotes with the generic word after the last one (双试点 names each pilot)', () => {
    expect(quoted('我县入选“城市更新”“零碳园区”双试点，带动投资。')).toContain('programme:城市更新行动');
  });

  it('keeps the pilot although the quoted words alone are a theme of the report', () => {
    const report = reportOf('我们聚焦城市更新，品质提升。以“城市更新”试点为牵引，改造街巷。', { region: '平遥县' });
    report.region = { name: '平遥县', level: 'county' };
    const names = extract(report).map((m) => `${m.type}:${m.name}`);
    expect(names).toContain('programme:城市更新行动');
    expect(names).toContain('theme:城市更新');
    // quoted without a pilot word it stays the theme, not the programme
    const plain = reportOf('我们聚焦城市更新。“城市更新”成效明显。', { region: '平遥县' });
    plain.region = { name: '平遥县', level: 'county' };
    expect(extract(plain).filter((m) => m.type === 'programme')).toEqual([]);
  });

  it('reads a lexicon programme extended by clauses that leave out its subject', () => {
    expect(quoted('全力推进“一泓清水入黄河、出太行”行动，水质稳定向好。')).toEqual(['programme:一泓清水入黄河']);
    // two names side by side are two names, not one extended
    expect(quoted('统筹推进“千万工程、四好农村路”。')).not.toContain('programme:千万工程');
  });

  it('reads the quoted core of a lexicon programme with its head written loosely', () => {
    expect(quoted('新建“一刻钟”便民服务圈3个，居民买菜更方便。')).toEqual(['programme:城市一刻钟便民生活圈']);
    // the same core before other words names nothing of the lexicon
    expect(quoted('消防车“一刻钟”到达现场。')).not.toContain('programme:城市一刻钟便民生活圈');
  });

  it('knows a provincial model under the spellings of its public sources', () => {
    expect(quoted('推行“政府+链主+园区”招商模式，引进企业5家。')).toEqual(['programme:政府+链主企业+产业园']);
    expect(quoted('坚持“五不为过、五个必须”，守牢安全底线。')).toEqual(['programme:五不为过、五个必须']);
  });
});
