/** How the dataset's enumerations read, in Chinese and English. */
import type { ConflictType, FlagshipStatus, Kind, Measure } from './schema';
import type { Status } from './status';

export const KIND_LABELS: Record<Kind, { zh: string; en: string }> = {
	baseline: { zh: '基期值', en: 'Baseline' },
	actual: { zh: '实际值', en: 'Actual' },
	estimate: { zh: '预计值', en: 'Estimate' },
	target: { zh: '目标值', en: 'Target' },
	plan: { zh: '计划值', en: 'Plan' }
};

export const MEASURE_LABELS: Record<Measure, { zh: string; en: string }> = {
	level: { zh: '水平', en: 'Level' },
	growth: { zh: '增速', en: 'Growth rate' },
	cumulative: { zh: '累计', en: 'Cumulative' }
};

export const SCOPE_LABELS = {
	changqing: { zh: '长清区', en: 'Changqing' },
	jinan: { zh: '济南市', en: 'Jinan' },
	shandong: { zh: '山东省', en: 'Shandong' },
	china: { zh: '全国', en: 'China' }
} as const;

export const BINDING_LABELS = {
	true: { zh: '约束性', en: 'Binding' },
	false: { zh: '预期性', en: 'Expected' }
} as const;

/** What kind of disagreement a conflict is. */
export const CONFLICT_TYPE_LABELS: Record<ConflictType, { zh: string; en: string }> = {
	values: { zh: '数字不一致', en: 'Numbers differ' },
	unit: { zh: '单位不同', en: 'Different units' },
	arithmetic: { zh: '自身数字不相符', en: 'Does not add up' },
	definition: { zh: '口径未必相同', en: 'Not known to measure the same thing' },
	qualifier: { zh: '限定词前后不同', en: 'Qualifier changes' },
	conflation: { zh: '不是同一件事', en: 'Different things' },
	comparison: { zh: '与外地数字相比', en: 'Compared with another place' },
	incomplete: { zh: '分项未列全', en: 'Parts not all given' },
	inconsistent: { zh: '文字与数字不符', en: 'Words and numbers do not fit' }
};

/** What later sources say became of a flagship project of the plan. */
export const FLAGSHIP_STATUS_LABELS: Record<FlagshipStatus, { zh: string; en: string }> = {
	opened: { zh: '已投入使用或运营（至少部分）', en: 'In use or operating (at least in part)' },
	'under-construction': { zh: '在建', en: 'Under construction' },
	signed: { zh: '已引进', en: 'Brought in' },
	mentioned: { zh: '提到，未说明进展', en: 'Mentioned, no progress stated' },
	unclear: { zh: '不确定是否同一项目', en: 'Unclear whether the same project' },
	'no-later-mention': { zh: '此后的文件未再提到', en: 'Not mentioned again' }
};

/** How each target status reads (the statuses themselves are decided in status.ts). */
export const STATUS_LABELS: Record<Status, { zh: string; en: string }> = {
	achieved: { zh: '已达到', en: 'Reached' },
	'on-track': { zh: '进度正常', en: 'On track' },
	behind: { zh: '慢于所需增速', en: 'Slower than needed' },
	missed: { zh: '未达到', en: 'Missed' },
	'no-data': { zh: '暂无可比数据', en: 'No comparable figure' }
};
