/**
 * Practice samples whose problems are inside their images (the images are in public/practice/,
 * drawn by test/tools/practice-images.ts): the guard reads them with its OCR engine, as on a platform.
 */
import type { Sample } from './samples';

const IMAGES = 'practice/';
const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');
const figure = (file: string, alt: string, caption = '') =>
  `<figure><img src="${IMAGES}${file}" alt="${alt}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;

export const IMAGE_COMPOSITES: readonly Sample[] = [
  {
    id: 'composite:image-gongshi',
    kind: 'composite',
    name: { zh: '图片中的公示名单（身份证号、手机号）', en: 'A public list as a screenshot (ID numbers, mobiles)' },
    categories: ['personal-data'],
    draft: {
      title: '关于2026年低保拟新增对象名单的公示',
      html:
        p('经个人申请、入户调查和民主评议，现将拟新增低保对象名单公示如下：') +
        figure('gongshi-screenshot.png', '低保对象名单') +
        p('公示期为7天，监督电话：0871-63123456。'),
    },
    fixed: {
      title: '关于2026年低保拟新增对象名单的公示',
      html: p(
        '经个人申请、入户调查和民主评议，现将拟新增低保对象名单公示如下：',
        '张某某、李某某、王某某、赵某某、陈某某、刘某某（身份证号已脱敏，详见街道公示栏）。',
        '公示期为7天，监督电话：0871-63123456。',
      ),
    },
  },
  {
    id: 'composite:image-poster',
    kind: 'composite',
    name: { zh: '海报上的联系人手机号', en: 'A poster with a contact mobile' },
    categories: ['personal-data'],
    draft: {
      title: '文明城市创建志愿者招募',
      html: p('社区现招募文明城市创建志愿者，报名方式见海报。') + figure('poster-contact.png', '志愿者招募海报'),
    },
    fixed: {
      title: '文明城市创建志愿者招募',
      html: p('社区现招募文明城市创建志愿者，请拨打社区服务热线 0871-63123456 报名。'),
    },
  },
  {
    id: 'composite:image-map',
    kind: 'composite',
    name: { zh: '行政区划图：图中的审图号', en: 'A district map: the 审图号 printed in it' },
    categories: ['map'],
    draft: {
      title: '昆明市行政区划简介',
      html: p('昆明市辖7区3县1市，下图为昆明市行政区划图。') + figure('kunming-map-unnumbered.png', '昆明市行政区划', '昆明市行政区划图'),
    },
    fixed: {
      title: '昆明市行政区划简介',
      html:
        p('昆明市辖7区3县1市，下图为昆明市行政区划图（标准地图，审图号印在图中右下角）。') +
        figure('kunming-map-standard.png', '昆明市行政区划', '昆明市行政区划图'),
    },
  },
];
