import type { Words } from './zh';

/** The notes after a row, in one pair of brackets: " (lower is better; differs …)". */
const aside = (notes: (string | false)[]) => {
	const said = notes.filter((n): n is string => n !== false);
	return said.length ? ` (${said.join('; ')})` : '';
};

export const words = {
	title: 'Healthy Changqing: 2022 and 2030 targets',
	indicator: {
		'health-literacy': 'Health literacy',
		'health-regular-exercise': 'Regular exercise',
		'health-fitness-standard': 'Meeting the fitness standard',
		'doctors-per-1000': 'Licensed (assistant) doctors',
		'health-infant-mortality': 'Infant mortality',
		'health-maternal-mortality': 'Maternal mortality'
	},
	key: {
		province: 'Shandong baseline',
		city: 'Jinan baseline',
		t2022: (p) => `${p.year} target`,
		t2030: (p) => `${p.year} target`
	},
	goal: (p) => `${p.year} target:`,
	lowerIsBetter: 'lower is better',
	conflict: 'figures differ',
	describe: (p) =>
		`Each row is one indicator on its own scale. Squares are the Shandong baselines and dots the Jinan baselines listed in the annex table of the Healthy Changqing opinions (mostly undated; neither is a figure for Changqing); hatched diamonds are Changqing’s ${p.early} targets and hollow diamonds its ${p.late} targets. ` +
		p.rows.join('; ') +
		'.',
	row: (p) =>
		`${p.name}: Shandong ${p.province}, Jinan ${p.city}, ${p.early} target ${p.t2022}, ${p.late} target ${p.t2030}` +
		aside([
			p.lowerIsBetter && 'lower is better',
			p.conflict && 'differs from another figure: see the Data page'
		]),
	named: (p) =>
		p.name + aside([p.lowerIsBetter && 'lower is better', p.conflict && 'figures differ']),
	caption: 'Healthy Changqing: main indicators',
	columns: (p) => [
		'Indicator',
		'Shandong baseline',
		'Jinan baseline',
		`Changqing’s ${p.early} target`,
		`Changqing’s ${p.late} target`
	]
} satisfies Words;
