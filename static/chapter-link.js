// @ts-check
/**
 * On a chapter's shareable page (/chapters/<id>/): a reader who opens it goes straight on to the
 * chapter in the story. Link previews read the page's own title, description and card; without
 * scripts, the page's link does the same.
 */
const link = document.querySelector('a[data-chapter]');
if (link instanceof HTMLAnchorElement) location.replace(link.href);
