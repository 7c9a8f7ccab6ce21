/**
 * County-level divisions of Taiwan, Hong Kong and Macau. The national statistics codes the gazetteer
 * is built from stop at these three at province level, so a draft about them names divisions the
 * data does not hold: without this list 桃园县 reads as a slip for Hunan's 桃源县 and 西贡区 for
 * Luoyang's 西工区. Taiwan's include the counties merged into municipalities in 2010 and 2014
 * (台北县, 台中县, 台南县, 高雄县, 桃园县), which older drafts and quotations still name.
 */
export const DIVISIONS_BEYOND_CODES: ReadonlySet<string> = new Set([
  // Taiwan: municipalities, cities, counties, and the counties merged away.
  '台北市', '新北市', '桃园市', '台中市', '台南市', '高雄市', '基隆市', '新竹市', '嘉义市',
  '新竹县', '苗栗县', '彰化县', '南投县', '云林县', '嘉义县', '屏东县', '宜兰县', '花莲县', '台东县', '澎湖县', '金门县', '连江县',
  '台北县', '桃园县', '台中县', '台南县', '高雄县',
  // Hong Kong: the eighteen districts.
  '中西区', '湾仔区', '东区', '南区', '油尖旺区', '深水埗区', '九龙城区', '黄大仙区', '观塘区',
  '荃湾区', '屯门区', '元朗区', '北区', '大埔区', '西贡区', '沙田区', '葵青区', '离岛区',
  // Macau: the parishes.
  '花地玛堂区', '圣安多尼堂区', '大堂区', '望德堂区', '风顺堂区', '嘉模堂区', '圣方济各堂区',
]);
