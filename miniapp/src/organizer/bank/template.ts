/** The question template, through the request module. */
import { endpoints } from '@sitebranch/shared';
import { openDocument } from '../../api/upload';

/**
 * In WeChat's viewer, whose menu can forward it to a computer to fill in; on H5 saved as a file.
 */
export function openTemplate(): Promise<void> {
  return openDocument(endpoints.importTemplate, {}, '题目导入模板.xlsx');
}
