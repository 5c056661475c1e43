/** Strings about image checks: the in-page waiting state and panel (page catalogue), and the CLI. */
export const ocrPageZh = {
  'ocr.checking': '正在检查图片 {{done}}/{{total}}',
  'ocr.waiting': '正在检查图片 {{done}}/{{total}}，请稍候…',
  'ocr.unchecked': '以下 {{count}} 张图片未能在 {{seconds}} 秒内检查完毕：{{list}}。图片中的身份证号、手机号和审图号尚未核对。',
  'ocr.unchecked.block': '按本单位规定，图片检查完成前不能发表。请稍后再试，或更换图片。',
  'ocr.unchecked.allow': '请自行核对这些图片后决定是否继续发表。',
  'ocr.uncheckedItem': '第 {{n}} 张',
  'ocr.failed': '第 {{n}} 张图片无法读取：{{reason}}',
  'ocr.imageAlt': '第 {{n}} 张图片，标出了发现问题的区域',
  'ocr.replace': '请更换为已处理的图片',
};

export const ocrPageEn: Record<keyof typeof ocrPageZh, string> = {
  'ocr.checking': 'Checking images {{done}}/{{total}}',
  'ocr.waiting': 'Checking images {{done}}/{{total}}, please wait…',
  'ocr.unchecked': '{{count}} image(s) could not be checked within {{seconds}} s: {{list}}. ID numbers, phone numbers and 审图号 in them have not been verified.',
  'ocr.unchecked.block': 'Your office\'s policy does not allow publishing before the image checks finish. Try again shortly, or replace the images.',
  'ocr.unchecked.allow': 'Check these images yourself before deciding to publish.',
  'ocr.uncheckedItem': 'image {{n}}',
  'ocr.failed': 'Image {{n}} could not be read: {{reason}}',
  'ocr.imageAlt': 'Image {{n}}, with the region of the finding outlined',
  'ocr.replace': 'Replace it with a processed image',
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
