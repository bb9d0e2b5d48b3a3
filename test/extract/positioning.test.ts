// Unquoted positionings of a region, typed as its slogans (sentences written for the test).
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/run.js';
import { positioningSlogans, strideSlogans } from '../../src/extract/programme/index.js';
import { reportOf } from '../fixtures/report.js';

const slogans = (text: string, region = '平遥县') =>
  extract(reportOf(text, { region }), [positioningSlogans]).map((m) => m.name);

describe('unquoted positionings', () => {
  it('finds the forms of the region’s own name wherever it stands after 新 or a quality, and the others beside it', () => {
    // (the region's own pattern runs only on such sentences; the others run the pattern without its name)
    expect(slogans('聚焦活力平遥、幸福平遥建设。')).toEqual(['活力平遥', '幸福平遥']);
    expect(slogans('平遥人民倾力打造文化旅游强县，建设美丽平遥。')).toEqual(['文化旅游强县', '美丽平遥']);
    expect(slogans('平遥县加快建设文化旅游强县。')).toEqual(['文化旅游强县']);
    expect(slogans('平遥县加快建设文化旅游强县。', '某某县')).toEqual(['文化旅游强县']);
  });

  it('takes what the region builds towards, after the verb, before 建设, 定位 or the clause end', () => {
    expect(slogans('加快建设世界知名的古城名县，推动高质量发展。')).toEqual(['世界知名的古城名县']);
    expect(slogans('紧紧围绕晋中南康养高地定位，扎实工作。')).toEqual(['晋中南康养高地']);
    expect(slogans('倾力打造文化旅游强县。')).toEqual(['文化旅游强县']);
    // a prefecture, a banner or a league means to be strong as a county or a city does
    expect(slogans('奋力推进生态宜居强州建设，加快建设草原牧业强旗。', '某某州')).toEqual([
      '生态宜居强州',
      '草原牧业强旗',
    ]);
    // the leader a region means to be (…排头兵 before 的目标定位; 全省 leads it in); the word alone is none
    expect(slogans('全力争当全省县域高质量发展排头兵的目标定位。争当排头兵。')).toEqual(['县域高质量发展排头兵']);
    // what the speakers did is no positioning (我们拉高标杆)
    expect(slogans('这一年，我们树牢标杆、主动作为。')).toEqual([]);
    // a role the region plays is none: 发挥 inside, or heads joined by 和 before 作用
    expect(slogans('希望我县在乡村振兴方面发挥排头兵和主力军作用。')).toEqual([]);
    expect(slogans('继续在改革开放中发挥领头羊和火车头作用。')).toEqual([]);
    // (a positioning joined by 和 to another thing the region builds stays one)
    expect(slogans('加快建设文化旅游强县和生态宜居家园。')).toEqual(['文化旅游强县']);
  });

  it('takes 新 + the region’s own name at the start of a clause', () => {
    expect(slogans('过去一年，繁荣美丽新平遥建设迈上新台阶。')).toEqual(['繁荣美丽新平遥']);
    expect(slogans('锚定建设清朗繁荣文明和谐美丽新平遥，奋力前行。')).toEqual(['清朗繁荣文明和谐美丽新平遥']);
    expect(slogans('全面实施建成宜居宜业新平遥发展战略。')).toEqual(['宜居宜业新平遥']);
    // a phrase with 的 before it, as long as the national formula it echoes
    expect(slogans('奋力建设富强民主文明和谐美丽的社会主义现代化新平遥。')).toEqual([
      '富强民主文明和谐美丽的社会主义现代化新平遥',
    ]);
    // another region's name is not this region's positioning
    expect(slogans('过去一年，繁荣美丽新介休建设迈上新台阶。')).toEqual([]);
    // nor does it need a verb as a list's next item (建设…古城、美丽新平遥)
    expect(slogans('向建设世界文化古城、美丽新平遥迈出坚实步伐。')).toEqual(['美丽新平遥']);
    expect(slogans('向建设世界文化古城、美丽新介休迈出坚实步伐。')).toEqual([]);
    // a preposition or a copula at the clause's start is not the name's (在|…新平遥建设中, 是|…新平遥)
    expect(slogans('这一年，我们聚力党建统领，在现代化新平遥建设中迈出坚实步伐。')).toEqual(['现代化新平遥']);
    expect(slogans('这一年，是新时代新征程新平遥建设全面起势的一年。')).toEqual(['新时代新征程新平遥']);
  });

  it('takes the qualities the region wishes itself before its own name: two or more, or one before 建设', () => {
    expect(slogans('在建设美丽幸福平遥新征程上砥砺奋进。')).toEqual(['美丽幸福平遥']);
    expect(slogans('推进平安平遥建设。')).toEqual(['平安平遥']);
    // two or more need no verb of building before them
    expect(slogans('推动富裕和谐幸福平遥建设取得新成效。')).toEqual(['富裕和谐幸福平遥']);
    expect(slogans('推动富裕和谐幸福介休建设取得新成效。')).toEqual([]);
    // one quality alone, and another region's name, are none
    expect(slogans('推进平安平遥。')).toEqual([]);
    expect(slogans('在建设美丽幸福介休新征程上砥砺奋进。')).toEqual([]);
    // nor a verb before each of a list of them that ends in 建设, one quality each
    expect(slogans('聚焦发展目标和活力平遥、幸福平遥建设，统筹发展和安全。').sort()).toEqual(['幸福平遥', '活力平遥']);
    expect(slogans('全面推进生态平遥、活力平遥、宜居平遥建设。').sort()).toEqual(['宜居平遥', '活力平遥', '生态平遥']);
    // a city whose short name ends in 州 (滁州市 -> 滁州) has its own name too
    expect(slogans('加快建设开放创新美丽滁州，奋力前行。', '滁州市')).toEqual(['开放创新美丽滁州']);
    expect(slogans('加快建设开放创新美丽滁州，奋力前行。', '池州市')).toEqual([]);
    // (one alone after other words, or a list that ends in no 建设, is none)
    expect(slogans('社会主义现代化美丽平遥迈出坚实步伐，活力平遥、幸福平遥人。')).toEqual([]);
  });

  it('takes one quality before the region’s own name after a verb that builds it, whatever words lead to it', () => {
    expect(slogans('建设共同富裕现代化美好平遥实现良好开局。')).toEqual(['共同富裕现代化美好平遥']);
    expect(slogans('持续打造健康平遥，加快医院建设。')).toEqual(['健康平遥']);
    // the words end at a 的 before it
    expect(slogans('建设更高水平的平安平遥。')).toEqual(['平安平遥']);
    // not the name of the county's seat or its people, nor another region's
    expect(slogans('打造美丽平遥县城。建设幸福平遥人。建设美好介休。')).toEqual([]);
  });

  it('takes one quality before the region’s own name at a clause’s start, the region’s such-and-such after it', () => {
    expect(slogans('（二）坚持创新驱动，活力平遥的发展动能更加充沛。')).toEqual(['活力平遥']);
    expect(slogans('生态平遥的底色更加鲜明。')).toEqual(['生态平遥']);
    // not inside a clause, not another region's, not the region's name alone
    expect(slogans('我们守护好生态平遥的底色。')).toEqual([]);
    expect(slogans('生态介休的底色更加鲜明。')).toEqual([]);
    expect(slogans('平遥的底色更加鲜明。')).toEqual([]);
  });

  it('takes the qualities before the region’s own name before the new chapter it writes', () => {
    expect(slogans('奋力谱写文明开放富裕美丽平遥新篇章。')).toEqual(['文明开放富裕美丽平遥']);
  });

  it('types the region’s part of a national 强国 strategy (交通强县) a programme, not its positioning', () => {
    const found = extract(reportOf('持续打造交通强县，加快建设文旅名县。', { region: '平遥县' }), [positioningSlogans]);
    expect(found.map((m) => [m.type, m.name])).toEqual([
      ['programme', '交通强县'],
      ['slogan', '文旅名县'],
    ]);
  });

  it('takes no title won (蝉联|…百强县, 荣获|…强县): an award is no positioning', () => {
    expect(slogans('蝉联全国制造业百强县，荣获全省文化旅游强县，再获省质量强县。')).toEqual([]);
    expect(slogans('过去一年，文化旅游强县建设迈上新台阶。')).toEqual(['文化旅游强县']);
    // 坚持 introduces the strategy the region holds to
    expect(slogans('坚持工业强县，推动高质量发展。')).toEqual(['工业强县']);
  });

  it('takes no positioning word alone (示范城市 of 知识产权强省建设示范城市, an award)', () => {
    expect(slogans('获评知识产权强省建设示范城市。')).toEqual([]);
    expect(slogans('加快建设区域中心城市。')).toEqual(['区域中心城市']);
  });

  it('takes a 副中心 the region builds itself into (a sentence written for the test)', () => {
    expect(slogans('紧扣建设晋南东部副中心定位，加快发展。')).toEqual(['晋南东部副中心']);
    expect(slogans('副中心建设加快推进。')).toEqual([]);
  });

  it('takes a central or core district the region builds itself into (sentences written for the test)', () => {
    expect(slogans('加快建设现代化一流中心区，提升城市首位度。')).toEqual(['现代化一流中心区']);
    expect(slogans('开启全面建设社会主义现代化大都市核心区新征程。')).toEqual(['社会主义现代化大都市核心区']);
    // a district's core named as a place, not built towards, is no positioning
    expect(slogans('商埠核心区空间进一步拓展，中心区建设加快推进。')).toEqual([]);
    // (nor is a zone pushed on: 推进, not a verb that builds the region into it)
    expect(slogans('深入推进雁北农牧交错带核心区和物流平台建设。')).toEqual([]);
  });

  it('takes no demonstration zone (a national programme) and no phrase without a positioning word', () => {
    expect(slogans('创建国家全域旅游示范区。')).toEqual([]);
    expect(slogans('加快建设现代化产业体系。')).toEqual([]);
  });
});

describe('positionings that are clauses', () => {
  it('takes no word that leads the name in (深入实施|…强县)', () => {
    expect(slogans('一年来，深入实施文旅强县，成效明显。')).toEqual(['文旅强县']);
    expect(slogans('一年来，坚定实施工业强县，聚力康养名县。')).toEqual(['工业强县', '康养名县']);
    // a title won with the region's name before the verb is an award too
    expect(slogans('今年，平遥连续入选全国县域旅游强县。')).toEqual([]);
  });

  it('takes no programme the lexicon knows joined to it by 和: the positioning starts after 和', () => {
    expect(slogans('深入推进四好农村路和晋中南康养名县建设。')).toEqual(['晋中南康养名县']);
    // (words before 和 that the lexicon does not know stay the positioning's own)
    expect(slogans('加快建设晋商文化和古城旅游强县。')).toEqual(['晋商文化和古城旅游强县']);
  });

  it('takes no aim the centre sets every region: a 高地 with no place of its own in it', () => {
    expect(slogans('着力构筑对外开放新高地，打造绿色低碳发展高地。')).toEqual([]);
    expect(slogans('加快打造内陆地区对外开放新高地。')).toEqual([]);
    // a place makes it the region's
    expect(slogans('加快建设晋北人才高地。')).toEqual(['晋北人才高地']);
  });

  it('takes a positioning a heading focuses on, without the verb ((二)聚焦…)', () => {
    expect(slogans('（二）聚焦文旅名县\n全年接待游客增长。')).toEqual(['文旅名县']);
  });

  it('strips any verb of building and takes no clause with a particle of aspect', () => {
    expect(slogans('着力构筑太行山区文旅新高地。')).toEqual(['太行山区文旅新高地']);
    expect(slogans('该村的做法，为全县乡村振兴工作树立了标杆。')).toEqual([]);
  });
});

describe('aims named by the formula a review closes with', () => {
  const strides = (text: string, region = '平遥县') =>
    extract(reportOf(text, { region }), [strideSlogans]).map((m) => `${m.type}:${m.name}`);

  it('takes what strides on (…建设迈出坚实步伐, …建设迈上新台阶), whatever its last word', () => {
    expect(strides('社会大局和谐稳定，现代化锦绣平遥建设迈出坚实步伐，推动湖滨科创走廊建设迈上新台阶。')).toEqual([
      'slogan:现代化锦绣平遥',
      'slogan:湖滨科创走廊',
    ]);
  });

  it('takes the same formula with the verb that builds the aim before it, at a clause’s or a list item’s start', () => {
    expect(
      strides(
        '一年来，建设晋中南康养名城迈出坚实步伐，打造“古城名县”、全面建设文化、生态、宜居的太行山区门户城市迈上新台阶。',
      ),
    ).toEqual(['slogan:晋中南康养名城', 'slogan:文化、生态、宜居的太行山区门户城市']);
    // (not inside a longer noun, nor the region's modernisation by its bare name, nor the nation's goal)
    expect(
      strides(
        '中国式现代化建设平遥实践迈出坚实步伐，全面建设社会主义现代化平遥迈出坚实步伐，决胜全面建成小康社会迈出坚实步伐。',
      ),
    ).toEqual([]);
  });

  it('leaves every region’s course and a project’s building alone', () => {
    // modernisation alone, of fields or of the region by its bare name; a project's building is too short to name an aim
    expect(
      strides(
        '各项事业蓬勃发展，现代化平遥建设迈出坚实步伐，高质量发展和现代化建设迈出了坚实步伐，项目建设迈上新台阶。',
      ),
    ).toEqual([]);
    // (a quoted aim is the quoted recognizer's)
    expect(strides('“古城名县”建设迈出坚实步伐。')).toEqual([]);
  });
});
