/** The optional first segment of an English page: `/en/…`. Chinese pages have none. */
export const match = (segment: string): segment is 'en' => segment === 'en';
