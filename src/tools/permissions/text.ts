import type { ModeCheck, UmaskCheck } from './check';
import { octalToSymbolic } from './mode';
import type { DataLanguage } from '../../schemas/localized';

/** The permission checker's labels, in both languages. */
export const permissionCheckText = {
  zh: {
    modeHeading: '检查文件或目录权限',
    mode: '权限（如 644、0640、-rw-r--r-- 或 drwxr-x---）',
    row: '文件权限参考中的类型',
    path: '路径（用于 chmod 命令）',
    umaskHeading: '检查 umask',
    umask: 'umask（声明建议 0027 及以上）',
    findHeading: '查找宽于参考值的文件或目录',
    directory: '要检查的目录',
  },
  en: {
    modeHeading: 'Check a file or directory mode',
    mode: 'Mode (such as 644, 0640, -rw-r--r-- or drwxr-x---)',
    row: 'Type in the permission table',
    path: 'Path, for the chmod command',
    umaskHeading: 'Check a umask',
    umask: 'umask (the statement recommends 0027 or stricter)',
    findHeading: 'Find files or directories looser than the table',
    directory: 'Directory to search',
  },
} as const;

/** The verdict on a mode, as lines of text. */
export function describeModeCheck(check: ModeCheck, maximumOctal: string, path: string, language: DataLanguage): string {
  const maximum = `${maximumOctal} (${octalToSymbolic(maximumOctal.slice(-3))})`;
  const lines =
    language === 'zh'
      ? check.within
        ? [`未超过建议的最大权限 ${maximum}。`]
        : [`宽于建议的最大权限 ${maximum}：${check.excessSymbolic}。`, `修正：${check.chmod(path)}`]
      : check.within
        ? [`Within the recommended maximum, ${maximum}.`]
        : [`Looser than the recommended maximum, ${maximum}: ${check.excessSymbolic}.`, `Fix: ${check.chmod(path)}`];
  if (check.kindMismatch) lines.push(check.kindMismatch[language]);
  return lines.join('\n');
}

/** The verdict on a umask, as lines of text. */
export function describeUmaskCheck(check: UmaskCheck, language: DataLanguage): string {
  const missing = check.missing.toString(8).padStart(3, '0');
  if (language === 'zh') {
    return check.strictEnough
      ? `足够严格：新建文件权限为 ${check.fileMode}，新建目录为 ${check.directoryMode}。`
      : `不够严格：未屏蔽 ${missing}；新建文件权限为 ${check.fileMode}，新建目录为 ${check.directoryMode}。\n建议：${check.suggestion}`;
  }
  return check.strictEnough
    ? `Strict enough: new files get ${check.fileMode}, new directories ${check.directoryMode}.`
    : `Not strict enough: it leaves ${missing} unmasked; new files get ${check.fileMode}, new directories ${check.directoryMode}.\nUse: ${check.suggestion}`;
}
