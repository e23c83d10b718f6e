/** The site's frame: its name, navigation and skip link. */
export const site = {
	name: '长清 2020 → 2035',
	skip: '跳到正文',
	navLabel: '网站',
	/** The other edition's name, in its own language: the language switch. */
	otherEdition: 'English',
	nav: { story: '报道', data: '数据', sources: '来源', about: '关于' }
};
