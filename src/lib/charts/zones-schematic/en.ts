import type { Words } from './zh';

/** A count at the start of a sentence, in words. */
const COUNT = ['None', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

export const words = {
	title: 'Four zones, ten subdistricts and towns: a schematic',
	note: 'Schematic: the four zones as the 2025 “two sessions” feature describes them, and the subdistricts’ and towns’ roles from Box 4 of the plan, grouped by this report; it does not show where places are.',
	roles: {
		manufacturing: 'Manufacturing',
		innovation: 'Innovation',
		health: 'Wellness',
		tourism: 'Tourism',
		farming: 'Farming'
	},
	rolesShort: {
		manufacturing: 'Manuf.',
		innovation: 'Innovation',
		health: 'Wellness',
		tourism: 'Tourism',
		farming: 'Farming'
	},
	kind: { zone: 'Zone', subdistrict: 'Subdistrict', town: 'Town' },
	zone: (p) => `${p.name}: ${p.role}`,
	zones: (p) => `The four development zones and their roles. ${p.items.join('. ')}.`,
	roleTowns: (p) =>
		`${p.count === 10 ? 'All ten subdistricts and towns have' : `${COUNT[p.count] ?? p.count} of the ten subdistricts and towns ${p.count === 1 ? 'has' : 'have'}`} a role this report files under ${p.role.toLowerCase()}: ${p.towns}.`,
	townRoles: (p) => `${p.town}: ${p.roles}`,
	none: 'none',
	matrix: (p) =>
		`${p.zones ? p.zones + ' ' : ''}The ten subdistricts and towns, with the roles the plan gives them as this report groups them (a schematic, not a map): ${p.items.join('; ')}.`,
	caption: 'The roles of the zones, subdistricts and towns',
	columns: ['Name', 'Type', 'Role']
} satisfies Words;
