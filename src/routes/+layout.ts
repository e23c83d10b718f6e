// Every page is prerendered to static HTML; the site needs no server at run time.
export const prerender = true;
// /data/ and /sources/ as directories, so that relative links and static hosts agree.
export const trailingSlash = 'always';
