import type { Words } from './zh';

export const words = {
	title: 'Four development zones and ten subdistricts and towns (a schematic, not a map)',
	note: 'Schematic: grouped by the wording of the plan’s Box 4 (专栏4); it does not show where places are.',
	roles: {
		manufacturing: 'Manufacturing',
		innovation: 'Innovation',
		health: 'Wellness',
		tourism: 'Tourism',
		farming: 'Farming'
	},
	kind: { zone: 'Zone', subdistrict: 'Subdistrict', town: 'Town' },
	zone: (p) => `${p.name}: ${p.role}`,
	zones: (p) => `The four development zones and their roles. ${p.items.join('. ')}.`,
	roleTowns: (p) =>
		`The plan’s roles for ${p.count} of the subdistricts and towns include “${p.role}”: ${p.towns}.`,
	townRoles: (p) => `${p.town}: ${p.roles}`,
	none: 'none',
	matrix: (p) =>
		`${p.zones ? p.zones + ' ' : ''}The ten subdistricts and towns, grouped by the roles the plan gives them (a schematic, not a map): ${p.items.join('; ')}.`,
	caption: 'The roles of the zones, subdistricts and towns',
	columns: ['Name', 'Type', 'Role']
} satisfies Words;
