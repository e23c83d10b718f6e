/** The words of the /sources/ page in Chinese. */
export const sources = {};
