/** Strings about image checks: the in-page waiting state and panel (page catalogue), and the CLI. */
export const ocrPageZh = {
  'ocr.waiting': '正在检查图片 {{done}}/{{total}}',
  'ocr.unchecked': '第 {{list}} 张图片未能在 {{seconds}} 秒内检查完毕，个人信息和审图号尚未核对。',
  'ocr.failed': '第 {{n}} 张图片无法读取（{{reason}}），请自行核对。',
  'ocr.imageAlt': '第 {{n}} 张图片（标出问题区域）',
};

export const ocrPageEn: Record<keyof typeof ocrPageZh, string> = {
  'ocr.waiting': 'Checking images {{done}}/{{total}}',
  'ocr.unchecked': 'Not checked within {{seconds}} s — image no. {{list}}: personal data and map numbers are unverified.',
  'ocr.failed': 'Image {{n}} unreadable ({{reason}}): check it yourself.',
  'ocr.imageAlt': 'Image {{n}} (region outlined)',
};

export const ocrCliZh = {
  'cli.error.fixNotImage': '--fix 不能用于图片文件：图片中的个人信息不能自动遮盖，请更换图片',
  'cli.error.badImage': '无法读取图片 {{file}}：{{reason}}',
  'cli.text.image': '图片 {{src}}，区域 {{box}}',
  'cli.warn.remoteImage': '未读取网络图片 {{src}}（命令行不联网）',
};

export const ocrCliEn: Record<keyof typeof ocrCliZh, string> = {
  'cli.error.fixNotImage': '--fix cannot change image files: personal data in an image is not masked automatically; replace the image',
  'cli.error.badImage': 'Cannot read the image {{file}}: {{reason}}',
  'cli.text.image': 'image {{src}}, region {{box}}',
  'cli.warn.remoteImage': 'Did not read the remote image {{src}} (the command line stays offline)',
};
