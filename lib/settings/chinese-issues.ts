/**
 * Importing this module words zod's issues in Chinese wherever settings issues are shown (the options
 * page, the CLI): see registerChineseIssues in ./repair.
 */
import { z } from 'zod';
import { registerChineseIssues } from './repair';

registerChineseIssues(z.locales.zhCN().localeError);
