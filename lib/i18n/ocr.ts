/** Strings about image checks: the in-page waiting state and panel (page catalogue), and the CLI. */
export const ocrPageZh = {
  'ocr.waiting': '正在检查图片 {{done}}/{{total}}',
  'ocr.unchecked': '第 {{list}} 张图片未能在 {{seconds}} 秒内检查完毕，个人信息和审图号尚未核对。',
  'ocr.failed': '第 {{n}} 张图片无法读取（{{reason}}），请自行核对。',
  'ocr.imageAlt': '第 {{n}} 张图片（标出问题区域）',
  'ocr.access.offer': '允许读取 {{host}} 的图片',
  'ocr.access.hint': '草稿中已有的图片存放在平台的图片服务器上，扩展需要您允许才能下载它们在本机识别。',
};

export const ocrPageEn: Record<keyof typeof ocrPageZh, string> = {
  'ocr.waiting': 'Checking images {{done}}/{{total}}',
  'ocr.unchecked': 'Not checked within {{seconds}} s — image no. {{list}}: personal data and map numbers are unverified.',
  'ocr.failed': 'Image {{n}} unreadable ({{reason}}): check it yourself.',
  'ocr.imageAlt': 'Image {{n}} (region outlined)',
  'ocr.access.offer': 'Allow reading images from {{host}}',
  'ocr.access.hint':
    "The draft's existing images are on the platform's image server; the extension needs your permission to download them and read them on this computer.",
};

/** The extension page where the user grants access to one platform image server (entrypoints/image-access). */
export const ocrAccessZh = {
  'imageAccess.title': '允许读取图片',
  'imageAccess.question': '允许政务发布守门员读取 {{host}} 上的图片？',
  'imageAccess.why':
    '草稿中已有的图片（例如重新打开的草稿）存放在平台的图片服务器 {{host}} 上。允许后，扩展只从这个服务器下载草稿中的图片，在本机识别其中的个人信息和审图号；不带登录信息，不发送任何内容。可随时在扩展管理页面收回。',
  'imageAccess.allow': '允许',
  'imageAccess.cancel': '取消',
  'imageAccess.granted': '已允许。回到编辑页面，图片正在检查。',
  'imageAccess.denied': '未获得权限，这些图片仍需自行核对。',
  'imageAccess.unknown': '这不是已知的平台图片服务器，扩展不会申请它的访问权限。',
};

export const ocrAccessEn: Record<keyof typeof ocrAccessZh, string> = {
  'imageAccess.title': 'Allow reading images',
  'imageAccess.question': 'Allow GovPost Guard to read images on {{host}}?',
  'imageAccess.why':
    "The draft's existing images (a reopened draft, say) are on the platform's image server {{host}}. Once allowed, the extension downloads only the draft's images from that server and reads them on this computer for personal data and map numbers; no cookies are sent and nothing leaves the machine. You can withdraw it any time on the extensions page.",
  'imageAccess.allow': 'Allow',
  'imageAccess.cancel': 'Cancel',
  'imageAccess.granted': 'Allowed. Back in the editor, the images are being checked.',
  'imageAccess.denied': 'Not allowed: check these images yourself.',
  'imageAccess.unknown': 'This is not a known platform image server; the extension does not ask for access to it.',
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
