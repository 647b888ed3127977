#!/usr/bin/env python3
"""Writes strip-test.json, the strip chart's test data, from the shared folder's real data:
Our World in Data's download of Internet use by economy (ITU via World Bank, CC BY 4.0) and
the UN names of ../shared/data/country-codes (public domain). Run from anywhere; the
repository is expected beside ../shared, as in the project's workspace."""
import csv, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', 'shared', 'data')
cc = {r['ISO3166-1-Alpha-3']: r for r in csv.DictReader(open(os.path.join(SHARED, 'country-codes', 'country-codes.csv')))}
owid = {}
for r in list(csv.reader(open(os.path.join(SHARED, 'owid-internet-use', 'share-of-individuals-using-the-internet.csv'))))[1:]:
    owid[(r[1], r[2])] = float(r[3])
ldc = "NER TCD BDI CAF ETH BGD MOZ UGA TZA SEN NPL HTI MWI ZMB SLE".split()
dvg = "IND IDN NGA EGY BRA MEX ZAF VNM TUR CHN PHL PAK KEN MAR PER KOR".split()
dev = "JPN DEU USA FRA GBR SWE CAN AUS ITA".split()
langs = [('en','English'),('ar','Arabic'),('es','Spanish'),('fr','French'),('ru','Russian'),('zh','Chinese')]
short_en = {'GBR':'United Kingdom','USA':'United States','TZA':'Tanzania','CAF':'Central African Rep.','KOR':'Korea'}
def strip_article(s):
    return re.sub(r"\s*\((the|l'|le|la|les|el|los|las)\)$", "", s).strip()
entities = []
for e in ldc + dvg + dev:
    label = {l: strip_article(cc[e]['UNTERM %s Short' % n]) for l, n in langs}
    label = {l: v for l, v in label.items() if v}
    if e == 'TUR':  # the shared file has no UNTERM names for it: the UN's since 2022
        label = {'en': 'Türkiye', 'ar': 'تركيا', 'es': 'Türkiye', 'fr': 'Türkiye', 'ru': 'Турция', 'zh': '土耳其'}
    ent = {'id': e, 'label': label, 'kind': 'economy'}
    entities.append(ent)
entities.append({'id': 'LDC', 'label': {'en': 'Least developed countries', 'ar': 'أقل البلدان نموا', 'es': 'Países menos adelantados', 'fr': 'Pays les moins avancés', 'ru': 'Наименее развитые страны', 'zh': '最不发达国家'},
                 'short_label': {'en': 'LDCs', 'ar': 'أقل البلدان نموا', 'es': 'PMA', 'fr': 'PMA', 'ru': 'НРС', 'zh': '最不发达国家'}, 'kind': 'development-group'})
entities.append({'id': 'WLD', 'label': {'en': 'World', 'ar': 'العالم', 'es': 'Mundo', 'fr': 'Monde', 'ru': 'Мир', 'zh': '世界'}, 'kind': 'world'})
obs = []
for e in ldc + dvg + dev:
    for y in ('2019', '2022'):
        v = owid.get((e, y))
        if v is None:
            obs.append({'entity': e, 'period': y, 'value': None, 'qualifier': 'missing'})
        else:
            obs.append({'entity': e, 'period': y, 'value': round(v, 1)})
obs.append({'entity': 'WLD', 'period': '2019', 'value': round(owid[('OWID_WRL', '2019')], 1)})
obs.append({'entity': 'WLD', 'period': '2022', 'value': round(owid[('OWID_WRL', '2022')], 1)})
obs.append({'entity': 'LDC', 'period': '2019', 'value': 19.1, 'source': 'ITU-FF2019'})
groups = [
  {'label': {'en': 'Least developed countries', 'ar': 'أقل البلدان نموا', 'es': 'Países menos adelantados', 'fr': 'Pays les moins avancés', 'ru': 'Наименее развитые страны', 'zh': '最不发达国家'}, 'entities': ldc},
  {'label': {'en': 'Other developing countries', 'ar': 'البلدان النامية الأخرى', 'es': 'Otros países en desarrollo', 'fr': 'Autres pays en développement', 'ru': 'Другие развивающиеся страны', 'zh': '其他发展中国家'}, 'entities': dvg},
  {'label': {'en': 'Developed countries', 'ar': 'البلدان المتقدمة', 'es': 'Países desarrollados', 'fr': 'Pays développés', 'ru': 'Развитые страны', 'zh': '发达国家'}, 'entities': dev},
]
title22 = {'en': 'Individuals using the Internet, 2022', 'ar': 'الأفراد الذين يستعملون الإنترنت، 2022', 'es': 'Personas que utilizan Internet, 2022', 'fr': 'Personnes utilisant Internet, 2022', 'ru': 'Лица, пользующиеся Интернетом, 2022 год', 'zh': '使用互联网的个人，2022年'}
title19 = {k: v.replace('2022', '2019') for k, v in title22.items()}
sub = {'en': '% of population, one dot per economy', 'ar': '% من السكان، نقطة لكل اقتصاد', 'es': '% de la población, un punto por economía', 'fr': '% de la population, un point par économie', 'ru': '% населения, одна точка на каждую экономику', 'zh': '占人口的百分比，每个经济体一个点'}
g19 = json.loads(json.dumps(groups)); g19[0]['aggregate'] = 'LDC'
d = {
 'format': 'parity-dataset', 'version': 1, 'default_language': 'en',
 'title': 'Internet use by economy, for the strip chart tests',
 'description': 'Individuals using the Internet (% of population) for 40 economies in 2019 and 2022, rounded to one decimal, from Our World in Data\'s download share-of-individuals-using-the-internet.csv (ITU via World Bank, processed by Our World in Data, CC BY 4.0). Names: UNTERM short names from ../shared/data/country-codes (public domain), without the article (Türkiye, which it lacks, by hand). The LDC aggregate for 2019 is ITU, Facts and figures 2019. Groups: the UN list of least developed countries; developed as in ITU\'s M49-based classification.',
 'sources': [{'id': 'OWID', 'title': 'Share of the population using the Internet', 'publisher': 'ITU via World Bank, processed by Our World in Data', 'url': 'https://ourworldindata.org/grapher/share-of-individuals-using-the-internet', 'note': 'CC BY 4.0'},
             {'id': 'ITU-FF2019', 'title': 'Measuring digital development: Facts and figures 2019', 'publisher': 'ITU', 'year': 2019}],
 'entities': entities,
 'indicators': [{'id': 'internet-use', 'label': {'en': 'Individuals using the Internet', 'ar': 'الأفراد الذين يستعملون الإنترنت', 'es': 'Personas que utilizan Internet', 'fr': 'Personnes utilisant Internet', 'ru': 'Лица, пользующиеся Интернетом', 'zh': '使用互联网的个人'},
                 'unit': {'kind': 'percent', 'symbol': '%'}, 'decimals': 1, 'source': 'OWID', 'observations': obs}],
 'charts': [
   {'id': 'internet-strip-2022', 'kind': 'strip', 'title': title22, 'subtitle': sub, 'indicator': 'internet-use', 'period': '2022',
    'groups': groups, 'highlight': ['NER', 'BGD', 'IND', 'BRA', 'JPN'], 'reference': 'WLD'},
   {'id': 'internet-strip-2019', 'kind': 'strip', 'title': title19, 'subtitle': sub, 'indicator': 'internet-use', 'period': '2019',
    'groups': g19, 'highlight': ['NER', 'CHN', 'ITA']},
   {'id': 'internet-strip-all', 'kind': 'strip', 'title': title19, 'indicator': 'internet-use', 'period': '2019'},
 ]}
json.dump(d, open(os.path.join(HERE, 'strip-test.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
