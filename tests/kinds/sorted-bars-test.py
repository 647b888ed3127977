#!/usr/bin/env python3
"""Writes sorted-bars-test.json, the test data of bar charts of every economy, from the
shared folder's real data: Our World in Data's download of Internet use by economy (ITU via
World Bank, processed by Our World in Data, CC BY 4.0), every economy with a value in 2022
(183) and the world. Labels are OWID's English names only: in other languages the chart names
each economy with the UN's short name from Parity's classification. Run from anywhere; the
repository is expected beside ../shared, as in the project's workspace."""
import csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, '..', '..', '..', 'shared', 'data')
YEAR = '2022'
rows = list(csv.reader(open(os.path.join(SHARED, 'owid-internet-use',
                                         'share-of-individuals-using-the-internet.csv'))))[1:]
economies = [(r[1], r[0], float(r[3])) for r in rows
             if r[2] == YEAR and r[1] and not r[1].startswith('OWID_')]
world = [float(r[3]) for r in rows if r[2] == YEAR and r[1] == 'OWID_WRL'][0]

title = {'en': 'Individuals using the Internet, 2022', 'ar': 'الأفراد الذين يستعملون الإنترنت، 2022',
         'es': 'Personas que utilizan Internet, 2022', 'fr': 'Personnes utilisant Internet, 2022',
         'ru': 'Лица, пользующиеся Интернетом, 2022 год', 'zh': '使用互联网的个人，2022年'}
every = {'en': '% of population, every economy; least developed countries highlighted',
         'ar': '% من السكان، كل الاقتصادات؛ أقل البلدان نموا مميزة',
         'es': '% de la población, todas las economías; países menos adelantados resaltados',
         'fr': '% de la population, toutes les économies ; pays les moins avancés en évidence',
         'ru': '% населения, все экономики; наименее развитые страны выделены',
         'zh': '占人口的百分比，所有经济体；突出显示最不发达国家'}
ends = {'en': '% of population, the ten highest and the ten lowest economies',
        'ar': '% من السكان، أعلى عشرة اقتصادات وأدنى عشرة',
        'es': '% de la población, las diez economías más altas y las diez más bajas',
        'fr': '% de la population, les dix économies les plus hautes et les dix plus basses',
        'ru': '% населения, десять экономик с самыми высокими и десять с самыми низкими значениями',
        'zh': '占人口的百分比，最高的十个经济体和最低的十个经济体'}
ldc = {'en': '% of population, every least developed country',
       'ar': '% من السكان، كل أقل البلدان نموا',
       'es': '% de la población, todos los países menos adelantados',
       'fr': '% de la population, tous les pays les moins avancés',
       'ru': '% населения, все наименее развитые страны',
       'zh': '占人口的百分比，所有最不发达国家'}
d = {
 'format': 'parity-dataset', 'version': 1, 'default_language': 'en',
 'title': 'Internet use in every economy, for the tests of sorted bars',
 'description': "Individuals using the Internet (% of population) in 2022 for every economy with a value (183) and the world, rounded to one decimal, from Our World in Data's download share-of-individuals-using-the-internet.csv (ITU via World Bank, processed by Our World in Data, CC BY 4.0). Written by sorted-bars-test.py.",
 'sources': [{'id': 'OWID', 'title': 'Share of the population using the Internet',
              'publisher': 'ITU via World Bank, processed by Our World in Data',
              'url': 'https://ourworldindata.org/grapher/share-of-individuals-using-the-internet',
              'note': 'CC BY 4.0'}],
 'entities': [{'id': c, 'label': n, 'kind': 'economy'} for c, n, v in economies] +
             [{'id': 'WLD', 'label': {'en': 'World', 'ar': 'العالم', 'es': 'Mundo', 'fr': 'Monde',
                                      'ru': 'Мир', 'zh': '世界'}, 'kind': 'world'}],
 'indicators': [{'id': 'internet-use',
                 'label': {'en': 'Individuals using the Internet', 'ar': 'الأفراد الذين يستعملون الإنترنت',
                           'es': 'Personas que utilizan Internet', 'fr': 'Personnes utilisant Internet',
                           'ru': 'Лица, пользующиеся Интернетом', 'zh': '使用互联网的个人'},
                 'unit': {'kind': 'percent', 'symbol': '%'}, 'decimals': 1, 'source': 'OWID',
                 'observations': [{'entity': c, 'period': YEAR, 'value': round(v, 1)}
                                  for c, n, v in economies] +
                                 [{'entity': 'WLD', 'period': YEAR, 'value': round(world, 1)}]}],
 'charts': [
   {'id': 'internet-every-economy', 'kind': 'bar', 'title': title, 'subtitle': every,
    'indicator': 'internet-use', 'period': YEAR, 'height': 'auto',
    'highlight': {'group': 'ldc'}, 'reference': 'WLD'},
   {'id': 'internet-top-bottom', 'kind': 'bar', 'title': title, 'subtitle': ends,
    'indicator': 'internet-use', 'period': YEAR, 'top': 10, 'bottom': 10, 'height': 'auto',
    'highlight': {'group': 'ldc'}, 'reference': 'WLD'},
   {'id': 'internet-every-ldc', 'kind': 'bar', 'title': title, 'subtitle': ldc,
    'indicator': 'internet-use', 'period': YEAR, 'height': 'auto',
    'entities': {'group': 'ldc'}, 'highlight': ['BGD', 'ETH', 'NER'], 'reference': 'WLD'},
 ]}
text = json.dumps(d, ensure_ascii=False, indent=1)
with open(os.path.join(HERE, 'sorted-bars-test.json'), 'w', encoding='utf-8') as f:
    f.write(text + '\n')
